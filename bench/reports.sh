#!/usr/bin/env bash
# The caseload report over N municipalities (342 by default) with CASES cases each (1000):
# a fresh database, the municipalities provisioned, each filled with cases, trajectories in
# every phase across 2026, action plans, aftercare with contacts, handovers and
# consultations. Then, RUNS times each, alternating:
#   job      caseloadReport for 2026-Q3 from the command line, JDBC job repository (as shipped)
#   bare     the same job with Spring Batch's resourceless (in-memory) job repository
#   sql      a hand-written aggregate of the same figures, prepared per municipality and run
#            as its own role over one connection (psql), the floor for the work itself
# The job's times are the job's own (Spring Batch's "completed ... in N ms", JVM start
# excluded); the SQL's is the wall time of psql. Prints the medians and the ratios
# job/sql (goal <= 2.0) and job/bare (goal <= 1.2).
#
#   bench/reports.sh                      N=3 CASES=100 RUNS=1 bench/reports.sh   (CI smoke)
#   REUSE=true bench/reports.sh           (the last run's database, migrated, not refilled)
#
# Needs the local PostgreSQL (superuser postgres) or PSQL_URL; builds unless SKIP_BUILD=true.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-342}
CASES=${CASES:-1000}
RUNS=${RUNS:-3}
PSQL=${PSQL_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
DB=lse_reports_bench
work=target/bench
mkdir -p "$work"

if [ "${SKIP_BUILD:-}" != "true" ]; then
	mvn -B -q -ntp install -DskipTests
fi
batch_jar=$(ls batch-jobs/target/batch-jobs-*.jar | grep -v -- -tests | head -1)
# shellcheck source=bench/lib.sh
. bench/lib.sh

DBURL="postgresql://postgres@127.0.0.1:5432/$DB"
reuse=false
if [ "${REUSE:-}" = "true" ] && psql "$DBURL" -At -c "select 1" >/dev/null 2>&1; then
	# REUSE=true: the database of the last run, brought to the current migrations, refilled never
	echo "Database $DB as left by the last run (REUSE=true)"
	admin_jar=$(ls tenant-admin/target/tenant-admin-*.jar | grep -v -- -tests | head -1)
	LSE_DB_NAME=$DB java -jar "$admin_jar" install >"$work/$DB-install.log" 2>&1
	reuse=true
else
	# tenant-admin's provisioning run resolves Keycloak's issuer as it starts
	start_keycloak "${KC_PORT:-18182}"
	echo "Database $DB: $N municipalities"
	prepare "$DB" "$N"
fi

fill() {
	local code=$1
	cat <<SQL
set search_path = tenant_$code;
insert into case_file (id, reference, severity, support_level, status, opened_on, opened_by, closed_on)
select md5('c' || g)::uuid, 'GM${code:2}-2026-' || lpad(g::text, 6, '0'), 1 + g % 4,
	(array['LIGHT','MEDIUM','INTENSIVE'])[1 + g % 3], case when g % 10 = 0 then 'CLOSED' else 'OPEN' end,
	date '2026-01-01' + (g * 7) % 240, 'bench', case when g % 10 = 0 then date '2026-01-01' + (g * 7) % 240 + 60 end
from generate_series(1, $CASES) g;
insert into aftercare (id, contact_kind, starts_on, ends_on, frequency_days, default_frequency_days, agreed_by)
select md5('a' || g)::uuid, 'HOME_VISIT', date '2026-01-01' + (g * 7) % 240 + 90,
	date '2026-01-01' + (g * 7) % 240 + 270, 14, 14, 'bench'
from generate_series(1, $CASES) g where g % 8 > 3;
insert into aftercare_contact (id, aftercare_id, due_on, done_on)
select md5('ac' || g || k)::uuid, md5('a' || g)::uuid, date '2026-01-01' + (g * 7) % 240 + 90 + 14 * k,
	case when k = 1 then date '2026-01-01' + (g * 7) % 240 + 91 end
from generate_series(1, $CASES) g cross join generate_series(1, 2) k where g % 8 > 3;
insert into handover (id, receiver_kind, receiver, started_on, started_by, accepted_on, accepted_by)
select md5('h' || g)::uuid, case when g % 2 = 0 then 'MUNICIPALITY' else 'LOCAL_PARTNER' end, 'Wijkteam',
	date '2026-01-01' + (g * 7) % 240 + 150, 'bench',
	case when g % 8 > 5 then date '2026-01-01' + (g * 7) % 240 + 160 end, case when g % 8 > 5 then 'bench' end
from generate_series(1, $CASES) g where g % 8 > 4;
insert into trajectory (id, case_id, kind, phase, self_referral, referred_on, commissioned_by, commissioned_on,
	lse_worker, intake_started_on, aftercare_id, handover_id, closure_reason, closed_on)
select md5('t' || g)::uuid, md5('c' || g)::uuid,
	case when g % 2 = 0 then 'FAMILY_SUPPORT' else 'INDIVIDUAL_GUIDANCE' end,
	(array['REFERRED','INTAKE','PLANNING','SUPPORT','AFTERCARE','HANDOVER','CLOSED','CLOSED'])[1 + g % 8],
	false, date '2026-01-01' + (g * 7) % 240, 'bench', date '2026-01-01' + (g * 7) % 240, 'w' || g % 20,
	case when g % 8 > 0 then date '2026-01-01' + (g * 7) % 240 + 7 + g % 10 end,
	case when g % 8 > 3 then md5('a' || g)::uuid end, case when g % 8 > 4 then md5('h' || g)::uuid end,
	case when g % 8 > 5 then 'HANDED_OVER' end,
	case when g % 8 > 5 then date '2026-01-01' + (g * 7) % 240 + 160 end
from generate_series(1, $CASES) g;
insert into action_plan (id, trajectory_id, number, drafted_by, drafted_at, agreed_on, agreed_with, visibility)
select md5('p' || g)::uuid, md5('t' || g)::uuid, 1, 'bench', (date '2026-01-01' + (g * 7) % 240 + 20)::timestamptz,
	case when g % 8 > 2 then date '2026-01-01' + (g * 7) % 240 + 35 end,
	case when g % 8 > 2 then 'de familie' end, 'MUNICIPALITY_AND_LSE'
from generate_series(1, $CASES) g where g % 8 > 1;
insert into consultation (id, case_id, question, status, requested_by, requested_at, lse_worker, taken_at,
	advised_at, closed_at, visibility)
select md5('q' || g)::uuid, md5('c' || g)::uuid, 'Vraag', (array['REQUESTED','IN_PROGRESS','ADVISED','CLOSED'])[1 + g % 4],
	'bench', (date '2026-01-01' + (g * 7) % 240)::timestamptz, case when g % 4 > 0 then 'w' || g % 20 end,
	case when g % 4 > 0 then (date '2026-01-01' + (g * 7) % 240 + 1)::timestamptz end,
	case when g % 4 > 1 then (date '2026-01-01' + (g * 7) % 240 + 5)::timestamptz end,
	case when g % 4 > 2 then (date '2026-01-01' + (g * 7) % 240 + 20)::timestamptz end, 'MUNICIPALITY_AND_LSE'
from generate_series(1, $CASES) g where g % 3 = 0;
analyze case_file; analyze trajectory; analyze action_plan; analyze aftercare; analyze aftercare_contact;
analyze handover; analyze consultation;
SQL
}

if [ "$reuse" = false ]; then
	echo "Filling $N municipalities with $CASES cases each"
	t0=$(date +%s)
	for i in $(seq 1 "$N"); do
		fill "$(printf 'gm%04d' "$i")"
	done | psql "$DBURL" -q -v ON_ERROR_STOP=1 >/dev/null
	echo "  filled in $(($(date +%s) - t0)) s"
fi

# the hand-written aggregate: per municipality, as its role, prepared, the same figures
handwritten() {
	for i in $(seq 1 "$N"); do
		local code
		code=$(printf 'gm%04d' "$i")
		cat <<SQL
begin;
set local role "${DB}_tenant_$code";
set local search_path = tenant_$code;
prepare trajectories(date, date, date) as
	select t.kind, case when t.closed_on <= \$3 then 'CLOSED' when h.started_on <= \$3 then 'HANDOVER'
			when a.starts_on <= \$3 then 'AFTERCARE' when p.agreed_on <= \$3 then 'SUPPORT'
			when p.drafted_on <= \$3 then 'PLANNING' when t.intake_started_on <= \$3 then 'INTAKE' else 'REFERRED' end,
		count(*), count(*) filter (where t.referred_on >= \$1 and t.referred_on < \$2),
		count(*) filter (where t.closed_on >= \$1 and t.closed_on < \$2),
		count(*) filter (where h.accepted_on >= \$1 and h.accepted_on < \$2)
	from trajectory t
	left join (select trajectory_id, min(drafted_at::date) as drafted_on, min(agreed_on) as agreed_on
		from action_plan group by trajectory_id) p on p.trajectory_id = t.id
	left join aftercare a on a.id = t.aftercare_id left join handover h on h.id = t.handover_id
	where t.referred_on <= \$3 group by 1, 2;
prepare durations(date, date) as
	select 'intake', t.intake_started_on - t.referred_on, count(*) from trajectory t
	where t.intake_started_on >= \$1 and t.intake_started_on < \$2 group by 2
	union all select 'plan', p.agreed_on - t.referred_on, count(*) from trajectory t join action_plan p on p.trajectory_id = t.id
	where p.agreed_on >= \$1 and p.agreed_on < \$2 group by 2
	union all select 'aftercare', h.accepted_on - a.starts_on, count(*) from trajectory t join aftercare a on a.id = t.aftercare_id
	join handover h on h.id = t.handover_id where h.accepted_on >= \$1 and h.accepted_on < \$2 group by 2;
prepare cases(date, date, date) as
	select severity, support_level, count(*) filter (where closed_on is null or closed_on > \$3),
		count(*) filter (where opened_on >= \$1 and opened_on < \$2), count(*) filter (where closed_on >= \$1 and closed_on < \$2)
	from case_file where opened_on <= \$3 group by 1, 2;
prepare others(date, date, date) as
	select 'overdue', count(*) from aftercare_contact where due_on < \$3 and (done_on is null or done_on > \$3)
	union all select 'consultations', count(*) from consultation where requested_at::date <= \$3 and (closed_at is null or closed_at::date > \$3)
	union all select 'workload', count(*) from trajectory where lse_worker is not null and closed_on is null;
execute trajectories('2026-07-01', '2026-10-01', '2026-09-30');
execute durations('2026-07-01', '2026-10-01');
execute cases('2026-07-01', '2026-10-01', '2026-09-30');
execute others('2026-07-01', '2026-10-01', '2026-09-30');
commit;
deallocate all;
SQL
	done
}
handwritten >"$work/reports-handwritten.sql"

job_ms() {
	local log=$1
	shift
	LSE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LSE_DB_ROLE_PREFIX=$DB LSE_DB_APP_USER="${DB}_app" \
		java -jar "$batch_jar" caseloadReport period=2026-Q3 force=true --spring.main.banner-mode=off "$@" >"$log" 2>&1 ||
		{ echo "the report failed; see $log" >&2; exit 1; }
	# Spring Batch writes the duration as e.g. 13s214ms, 381ms or 1m2s3ms
	grep -o 'and the following status: \[COMPLETED\] in [0-9hms]*' "$log" | tail -1 | awk '{ print $NF }' |
		awk '{ t = 0; while (match($0, /^[0-9]+(ms|h|m|s)/)) { part = substr($0, 1, RLENGTH); $0 = substr($0, RLENGTH + 1);
			n = part + 0; if (part ~ /ms$/) t += n; else if (part ~ /h$/) t += n * 3600000; else if (part ~ /m$/) t += n * 60000;
			else t += n * 1000 } print t }'
}

sql_ms() {
	local t0 t1
	t0=$(date +%s%N)
	psql "$DBURL" -q -v ON_ERROR_STOP=1 -f "$work/reports-handwritten.sql" >/dev/null
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}

declare -A samples
# one run of each first, not counted: the database and the JVM's files are warm after it
job_ms "$work/reports-warmup.log" >/dev/null
sql_ms >/dev/null
for run in $(seq 1 "$RUNS"); do
	j=$(job_ms "$work/reports-job-$run.log")
	b=$(job_ms "$work/reports-bare-$run.log" \
		--spring.autoconfigure.exclude=org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration)
	s=$(sql_ms)
	echo "  run $run: job ${j} ms, job with the resourceless repository ${b} ms, hand-written SQL ${s} ms"
	samples[job]="${samples[job]:-} $j"
	samples[bare]="${samples[bare]:-} $b"
	samples[sql]="${samples[sql]:-} $s"
done
mj=$(printf '%s\n' ${samples[job]} | median)
mb=$(printf '%s\n' ${samples[bare]} | median)
ms=$(printf '%s\n' ${samples[sql]} | median)
rows=$(psql "$DBURL" -At -c "select count(*) from platform.report_figure f join platform.report_current c on c.run_id = f.run_id where c.period = '2026-Q3'")

echo
echo "caseload report 2026-Q3, $N municipalities x $CASES cases, median of $RUNS: job ${mj} ms," \
	"resourceless ${mb} ms, hand-written SQL ${ms} ms ($rows figures stored)"
awk -v j="$mj" -v s="$ms" 'BEGIN { printf "ratio job / hand-written SQL: %.2f (goal <= 2.0)\n", j / s }'
awk -v j="$mj" -v b="$mb" 'BEGIN { printf "ratio JDBC / resourceless job repository: %.2f (goal <= 1.2)\n", j / b }'
