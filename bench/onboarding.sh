#!/usr/bin/env bash
# Onboards N municipalities (342 by default: as many as the Netherlands has) through
# tenant-admin's Onboarding, one after the other, against Keycloak on PostgreSQL: database
# schema and migrations, Keycloak organization, role groups, first case director, active.
# Reports the total time and the ratio of the mean onboarding time of the last tenth to the
# first tenth (for 342: the last 34 to the first 34); goal at most 1.5, so that the cost of
# onboarding does not grow with the number of municipalities.
# Needs the local PostgreSQL (superuser postgres) or PSQL_URL; builds unless SKIP_BUILD=true.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-342}
KC_PORT=${KC_PORT:-18181}
PSQL=${PSQL_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
DB=lse_onboard_bench
KC_DB=keycloak_onboard_bench
work=target/bench
mkdir -p "$work"

if [ "${SKIP_BUILD:-}" != "true" ]; then
	mvn -B -q -ntp install -DskipTests
fi
admin_jar=$(ls tenant-admin/target/tenant-admin-*.jar | grep -v -- -tests | head -1)

echo "Fresh databases $DB and $KC_DB"
psql "$PSQL" -q -c "drop database if exists $DB with (force)"
for role in $(psql "$PSQL" -At -c "select rolname from pg_roles where starts_with(rolname, '${DB}_')"); do
	psql "$PSQL" -q -c "drop role \"$role\""
done
psql "$PSQL" -q -v ON_ERROR_STOP=1 <<SQL
select 'create role keycloak login password ''keycloak''' where not exists (select from pg_roles where rolname = 'keycloak')\gexec
drop database if exists $KC_DB with (force);
create database $KC_DB owner keycloak;
SQL
LSE_DB_NAME=$DB java -jar "$admin_jar" install >"$work/onboarding-install.log" 2>&1

echo "Keycloak on PostgreSQL ($KC_DB), port $KC_PORT"
: >"$work/onboarding-keycloak.log"  # emptied before the child redirects: no stale "Keycloak ready"
LSE_KEYCLOAK_PORT=$KC_PORT LSE_KEYCLOAK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$KC_DB" \
	java -jar "$(ls keycloak/target/keycloak-*-exec.jar | head -1)" >"$work/onboarding-keycloak.log" 2>&1 &
kc_pid=$!
trap 'kill $kc_pid 2>/dev/null; wait $kc_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
	grep -q "Keycloak ready" "$work/onboarding-keycloak.log" 2>/dev/null && break
	kill -0 $kc_pid 2>/dev/null || { echo "Keycloak did not start; see $work/onboarding-keycloak.log" >&2; exit 1; }
	sleep 1
done

props="$work/onboarding-tenants.properties"
: >"$props"
for i in $(seq 1 "$N"); do
	code=$(printf 'gm%04d' "$i")
	printf 'lse.demo.tenants.%s=Benchgemeente %d\n' "$code" "$i" >>"$props"
	printf 'lse.demo.directors.%s=Bench Regisseur %d <regie@%s.bench.invalid>\n' "$code" "$i" "$code" >>"$props"
done

echo "Onboarding $N municipalities"
t0=$(date +%s%N)
LSE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LSE_DB_ROLE_PREFIX=$DB LSE_DB_ADMIN_USER="${DB}_admin" \
	LSE_KEYCLOAK_ISSUER="http://localhost:$KC_PORT/realms/lse" \
	java -jar "$admin_jar" --spring.main.web-application-type=none \
	--spring.config.additional-location="file:$props" >"$work/onboarding-run.log" 2>&1
t1=$(date +%s%N)

DBURL="${PSQL%/*}/$DB"
active=$(psql "$DBURL" -At -c "select count(*) from platform.onboarding where step = 'ACTIVE'")
if [ "$active" != "$N" ]; then
	echo "only $active of $N onboarded; see $work/onboarding-run.log" >&2
	exit 1
fi
psql "$DBURL" -At -F ' ' -c "select tenant_code, round(extract(epoch from finished_at - requested_at) * 1000)
	from platform.onboarding order by requested_at" >"$work/onboarding-times.txt"
k=$((N / 10))
[ "$k" -lt 1 ] && k=1
first=$(head -n "$k" "$work/onboarding-times.txt" | awk '{s+=$2} END {printf "%.0f", s/NR}')
last=$(tail -n "$k" "$work/onboarding-times.txt" | awk '{s+=$2} END {printf "%.0f", s/NR}')
total_s=$(((t1 - t0) / 1000000000))
ratio=$(awk -v a="$last" -v b="$first" 'BEGIN {printf "%.2f", a / b}')
echo
echo "onboarded $N municipalities in ${total_s} s (tenant-admin run, start included)"
echo "mean per municipality: first $k ${first} ms, last $k ${last} ms"
echo "ratio last/first: $ratio (goal <= 1.5)"
awk -v r="$ratio" 'BEGIN {exit !(r <= 1.5)}' || { echo "ratio above the goal" >&2; exit 1; }
