#!/usr/bin/env bash
# Startup of platform-app (JVM start until /actuator/health is UP) against a database with
# 1 tenant and against one with N tenants (default 342), all at the current schema
# version. Prints the median of RUNS starts each and the ratio (goal: at most 1.5).
#
#   bench/startup-tenants.sh            N=342 RUNS=5 bench/startup-tenants.sh
#
# Needs the local PostgreSQL (superuser postgres) or LSE_DB_SUPERUSER_URL and PSQL_URL.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-342}
RUNS=${RUNS:-3}
PORT=${PORT:-18080}
PSQL=${PSQL_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
work=target/bench
mkdir -p "$work"

if [ "${SKIP_BUILD:-}" != "true" ]; then
	mvn -B -q -ntp install -DskipTests
fi
app_jar=$(ls platform/platform-app/target/platform-app-*.jar | grep -v -- -tests | head -1)
# shellcheck source=bench/lib.sh
. bench/lib.sh

start_ms() {
	local db=$1 log=$2
	local t0 t1
	t0=$(date +%s%N)
	LSE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LSE_DB_ROLE_PREFIX=$db LSE_DB_APP_USER="${db}_app" \
		LSE_PLATFORM_PORT=$PORT java -jar "$app_jar" >"$log" 2>&1 &
	local pid=$!
	until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
		if ! kill -0 $pid 2>/dev/null; then
			echo "platform-app died; see $log" >&2
			exit 1
		fi
		sleep 0.05
	done
	t1=$(date +%s%N)
	kill $pid
	wait $pid 2>/dev/null || true
	echo $(((t1 - t0) / 1000000))
}

# the portal's login resolves Keycloak's issuer at start: a Keycloak of its own
start_keycloak "${KC_PORT:-18180}"

declare -A samples
for count in 1 "$N"; do
	echo "Database lse_bench_$count"
	prepare "lse_bench_$count" "$count"
done
# alternate the two databases so that drift of the machine hits both alike
for run in $(seq 1 "$RUNS"); do
	for count in 1 "$N"; do
		db="lse_bench_$count"
		ms=$(start_ms "$db" "$work/$db-start-$run.log")
		echo "  run $run, $count tenant(s): ${ms} ms; $(grep -o 'Tenant migrations to version.*' "$work/$db-start-$run.log" | head -1)"
		samples[$count]="${samples[$count]:-} $ms"
	done
done
m1=$(printf '%s\n' ${samples[1]} | median)
mn=$(printf '%s\n' ${samples[$N]} | median)

echo
echo "median startup to health UP over $RUNS runs: 1 tenant ${m1} ms, $N tenants ${mn} ms"
awk -v a="$m1" -v b="$mn" -v n="$N" 'BEGIN { printf "ratio %d/1: %.2f (goal <= 1.5)\n", n, b / a }'
