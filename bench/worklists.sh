#!/usr/bin/env bash
# Work lists with thousands of cases in one municipality: fills a tenant schema of the local
# database (run ./run-local.sh first, so the schema is at the current version) with CASES cases,
# their trajectories, consultations, teams and aftercare contacts, ANALYZEs, and times every
# work-list filter as the tenant's own role with EXPLAIN ANALYZE, RUNS times each (median and
# max). Everything happens in one transaction that is rolled back: the demo data is untouched.
#
#   bench/worklists.sh            # gm0193, 5000 cases, 7 runs per query
#   TENANT=gm0363 CASES=20000 bench/worklists.sh
set -euo pipefail
export TENANT="${TENANT:-gm0193}"
CASES="${CASES:-5000}"
RUNS="${RUNS:-7}"
DB="${LSE_PSQL_DB:-postgresql://postgres@127.0.0.1:5432/lse}"
PREFIX="${LSE_DB_ROLE_PREFIX:-lse}"
ROLE="${PREFIX}_tenant_${TENANT}"
WORKER="bench-lse-worker"

queries=(
	"director, all|true,false,false,'cd',null::uuid,'ALL',null,null,null,false,false,null"
	"director, individual guidance in SUPPORT|true,false,false,'cd',null::uuid,'ALL','INDIVIDUAL_GUIDANCE','SUPPORT',null,false,false,null"
	"director, severity 4|true,false,false,'cd',null::uuid,'ALL',null,null,4,false,false,null"
	"director, overdue aftercare|true,false,false,'cd',null::uuid,'ALL',null,null,null,true,false,null"
	"director, waiting for handover|true,false,false,'cd',null::uuid,'ALL',null,null,null,false,true,null"
	"director, unassigned|true,false,false,'cd',null::uuid,'UNASSIGNED',null,null,null,false,false,null"
	"director, reference prefix|true,false,false,'cd',null::uuid,'ALL',null,null,null,false,false,'GM${TENANT:2}-2026-1001%'"
	"LSE worker, mine|false,true,false,'$WORKER',null::uuid,'MINE',null,null,null,false,false,null"
	"staff member, on team|false,false,true,'bench-staff',null::uuid,'ALL',null,null,null,false,false,null"
)

sql() {
	cat <<SQL
begin;
set local role "$ROLE";
set local search_path = tenant_$TENANT;
insert into case_file (id, reference, severity, support_level, status, opened_on, opened_by)
select gen_random_uuid(), 'GM${TENANT:2}-2026-' || lpad((100000 + g)::text, 6, '0'), 1 + g % 4,
	(array['LIGHT','MEDIUM','INTENSIVE'])[1 + g % 3], case when g % 10 = 0 then 'CLOSED' else 'OPEN' end,
	current_date - (g % 700), 'bench'
from generate_series(1, $CASES) g;
insert into aftercare (id, contact_kind, starts_on, ends_on, frequency_days, default_frequency_days, agreed_by)
select gen_random_uuid(), 'PHONE', current_date - 90, current_date + 90, 14, 14, 'bench'
from case_file c where c.opened_by = 'bench' and (hashtext(c.reference) % 7) = 0;
insert into aftercare_contact (id, aftercare_id, due_on, done_on)
select gen_random_uuid(), a.id, a.starts_on + 14 * k, case when k < 4 then a.starts_on + 14 * k end
from aftercare a cross join generate_series(1, 12) k where a.agreed_by = 'bench';
with a as (select id, row_number() over () as r from aftercare where agreed_by = 'bench'),
	c as (select id, reference, row_number() over () as r from case_file where opened_by = 'bench')
insert into trajectory (id, case_id, kind, phase, self_referral, commissioned_by, lse_worker, aftercare_id,
	referred_on, support_ends_on)
select gen_random_uuid(), c.id, case when c.r % 2 = 0 then 'FAMILY_SUPPORT' else 'INDIVIDUAL_GUIDANCE' end,
	case when a.id is not null then 'AFTERCARE'
		else (array['REFERRED','INTAKE','PLANNING','SUPPORT','HANDOVER','CLOSED'])[1 + c.r % 6] end,
	false, 'bench', case when c.r % 5 = 0 then null when c.r % 9 = 0 then '$WORKER' else 'other-worker' end, a.id,
	current_date - (c.r % 365)::int, current_date + ((c.r % 60) - 20)::int
from c left join a on a.r = c.r and (hashtext(c.reference) % 7) = 0;
insert into consultation (id, case_id, question, status, requested_by, requested_at, visibility)
select gen_random_uuid(), c.id, 'Vraag (bench)', (array['REQUESTED','IN_PROGRESS','ADVISED','CLOSED'])[1 + g % 4],
	'bench', now() - (g % 300) * interval '1 day', 'MUNICIPALITY_AND_LSE'
from (select id, row_number() over () g from case_file where opened_by = 'bench') c(id, g) where c.g % 3 = 0;
insert into case_member (id, case_id, kind, basis, subject, role_on_case, reason, start_date)
select gen_random_uuid(), t.case_id, 'LSE_WORKER', 'LEGAL_TASK', t.lse_worker, 'Familieondersteuner', 'bench', current_date
from trajectory t where t.commissioned_by = 'bench' and t.lse_worker is not null;
insert into case_member (id, case_id, kind, basis, subject, role_on_case, reason, start_date)
select gen_random_uuid(), id, 'MUNICIPALITY_STAFF', 'LEGAL_TASK', 'bench-staff', 'Collega', 'bench', current_date
from case_file where opened_by = 'bench' and (hashtext(reference) % 20) = 0;
reset role;
analyze case_file; analyze trajectory; analyze consultation; analyze case_member; analyze aftercare_contact;
set local role "$ROLE";
select 'items', count(*) from work_item;
SQL
	for q in "${queries[@]}"; do
		name="${q%%|*}"; args="${q#*|}"
		for _ in $(seq 1 "$RUNS"); do
			echo "\\echo QUERY $name"
			echo "explain (analyze, timing off, summary on) select * from visible_work_items($args) w order by w.reference nulls last, w.item_id limit 20;"
			echo "\\echo QUERY $name (count)"
			echo "explain (analyze, timing off, summary on) select count(*) from visible_work_items($args);"
		done
	done
	echo "rollback;"
}

sql | psql "$DB" -X -q -v ON_ERROR_STOP=1 2>&1 | awk '
	/^QUERY / { name = substr($0, 7); next }
	/items/ && /\|/ { print "work items in " ENVIRON["TENANT"] ": " $3; next }
	/Execution Time/ { t = $3; times[name] = times[name] " " t; next }
	END {
		printf "%-45s %10s %10s\n", "query (first page of 20, and its total)", "median ms", "max ms"
		for (n in times) {
			split(substr(times[n], 2), a, " "); m = length(a)
			for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] + 0 < a[i] + 0) { x = a[i]; a[i] = a[j]; a[j] = x }
			printf "%-45s %10.2f %10.2f\n", n, a[int((m + 1) / 2)], a[m]
		}
	}' | sort
