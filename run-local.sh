#!/usr/bin/env bash
# Starts the whole platform locally with demo data, against the local PostgreSQL
# (or LSE_DB_SUPERUSER_URL / LSE_DB_URL). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

export LSE_DB_NAME="${LSE_DB_NAME:-lse}"
export LSE_DB_URL="${LSE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/$LSE_DB_NAME}"
export LSE_DB_ROLE_PREFIX="${LSE_DB_ROLE_PREFIX:-$LSE_DB_NAME}"
export LSE_DB_APP_USER="${LSE_DB_ROLE_PREFIX}_app"
export LSE_DB_ADMIN_USER="${LSE_DB_ROLE_PREFIX}_admin"
# locally the apps migrate at startup; production runs a one-off migration job instead
export LSE_MIGRATE_ON_STARTUP=true
logs=target/run-local
mkdir -p "$logs"

if command -v pg_isready >/dev/null && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
	echo "Starting PostgreSQL"
	pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi

if [ "${LSE_SKIP_BUILD:-}" != "true" ]; then
	echo "Building (mvn install -DskipTests)"
	mvn -B -q -ntp install -DskipTests
fi
jar() { ls "$1"/target/"$2"-*.jar | grep -v -- '-tests.jar' | grep -v original | head -1; }

echo "Installing database '$LSE_DB_NAME' (roles ${LSE_DB_ROLE_PREFIX}_*)"
java -jar "$(jar tenant-admin tenant-admin)" install

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

wait_up() {
	local name=$1 port=$2
	for _ in $(seq 1 120); do
		if curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"'; then
			echo "  $name is up on http://localhost:$port"
			return 0
		fi
		sleep 1
	done
	echo "  $name did not come up; see $logs/$name.log" >&2
	return 1
}

echo "Starting tenant-admin (provisions the demo municipalities)"
java -jar "$(jar tenant-admin tenant-admin)" --spring.profiles.active=demo >"$logs/tenant-admin.log" 2>&1 &
pids+=($!)
wait_up tenant-admin 8081

echo "Starting platform-app and batch-jobs"
java -jar "$(jar platform/platform-app platform-app)" >"$logs/platform-app.log" 2>&1 &
pids+=($!)
java -jar "$(jar batch-jobs batch-jobs)" >"$logs/batch-jobs.log" 2>&1 &
pids+=($!)
wait_up platform-app 8080
wait_up batch-jobs 8082

cat <<MSG

The LSE platform runs locally:
  platform (portal, API)  http://localhost:8080   (sign-in arrives with the identity issue)
  tenant-admin            http://localhost:8081
  batch-jobs (actuator)   http://localhost:8082/actuator/health
  demo municipalities     gm0363 Amsterdam, gm0599 Rotterdam, gm0193 Zwolle
  logs                    $logs/
Press Ctrl-C to stop.
MSG
wait
