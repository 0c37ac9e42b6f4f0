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

export LSE_KEYCLOAK_PORT="${LSE_KEYCLOAK_PORT:-8180}"
export LSE_KEYCLOAK_ISSUER="http://localhost:$LSE_KEYCLOAK_PORT/realms/lse"
export LSE_PORTAL_URL="http://localhost:8080"
export LSE_PORTAL_CLIENT_SECRET="${LSE_PORTAL_CLIENT_SECRET:-local-portal-secret}"
export LSE_DEMO=true

echo "Preparing Keycloak's own database 'keycloak'"
psql "${LSE_PSQL_SUPERUSER:-postgresql://postgres@127.0.0.1:5432/postgres}" -q -v ON_ERROR_STOP=1 <<'SQL'
select 'create role keycloak login password ''keycloak''' where not exists (select from pg_roles where rolname = 'keycloak')\gexec
select 'create database keycloak owner keycloak' where not exists (select from pg_database where datname = 'keycloak')\gexec
SQL

echo "Installing database '$LSE_DB_NAME' (roles ${LSE_DB_ROLE_PREFIX}_*)"
java -jar "$(jar tenant-admin tenant-admin)" install

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

wait_up() {
	local name=$1 port=$2
	for _ in $(seq 1 240); do
		if curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"'; then
			echo "  $name is up on http://localhost:$port"
			return 0
		fi
		sleep 1
	done
	echo "  $name did not come up; see $logs/$name.log" >&2
	return 1
}

echo "Starting Keycloak (realm lse with the demo overlay) on port $LSE_KEYCLOAK_PORT"
: >"$logs/keycloak-launcher.log"  # emptied before the child redirects: no stale "Keycloak ready"
java -jar "$(ls keycloak/target/keycloak-*-exec.jar | head -1)" >"$logs/keycloak-launcher.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do
	grep -q "Keycloak ready" "$logs/keycloak-launcher.log" 2>/dev/null && break
	if ! kill -0 "${pids[0]}" 2>/dev/null; then
		echo "Keycloak did not start; see $logs/keycloak-launcher.log and $logs/keycloak.log" >&2
		exit 1
	fi
	sleep 1
done
echo "  Keycloak is up on http://localhost:$LSE_KEYCLOAK_PORT"

echo "Starting tenant-admin (provisions the demo municipalities)"
# tenant-admin, the one app that holds the migrator login, brings every tenant schema up to
# date as it starts; platform-app and batch-jobs never migrate (docs/database.md)
LSE_MIGRATE_ON_STARTUP=true java -jar "$(jar tenant-admin tenant-admin)" --spring.profiles.active=demo \
	>"$logs/tenant-admin.log" 2>&1 &
pids+=($!)
wait_up tenant-admin 8081

echo "Starting GreenMail (the demo's mail: SMTP on 3025, read it on http://localhost:8025)"
greenmail_version=$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' pom.xml)
mvn -B -q -ntp dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$greenmail_version" \
	-DoutputDirectory="$logs" -Dmdep.stripVersion=true
if (exec 3<>/dev/tcp/127.0.0.1/3025) 2>/dev/null; then
	echo "  port 3025 is taken: the mail goes to whatever listens there"
else
	java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.auth.disabled \
		-Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8025 \
		-jar "$logs/greenmail-standalone.jar" >"$logs/greenmail.log" 2>&1 &
	pids+=($!)
fi
# batch-jobs tells LSE management when a report is ready, and sends the daily reminders
export SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=3025
export LSE_REPORT_MAIL_TO="${LSE_REPORT_MAIL_TO:-lse.manager@demo.lse.example}"

echo "Starting platform-app and batch-jobs"
java -jar "$(jar platform/platform-app platform-app)" --spring.profiles.active=demo >"$logs/platform-app.log" 2>&1 &
pids+=($!)
java -jar "$(jar batch-jobs batch-jobs)" --spring.profiles.active=demo >"$logs/batch-jobs.log" 2>&1 &
pids+=($!)
wait_up platform-app 8080
wait_up batch-jobs 8082

cat <<MSG

The LSE platform runs locally (DEMO: fictitious data, password 'demo', no second factor):
  portal                  http://localhost:8080   (sign in: user name, then password)
  API                     http://localhost:8080/api/v1   (tokens: client lse-demo-cli, password grant)
  Keycloak                http://localhost:$LSE_KEYCLOAK_PORT   (admin console: admin / admin)
  LSE beheer              http://localhost:8081   (tenant-admin: onboarding; sign in as lse.admin)
  batch-jobs              http://localhost:8082/actuator/health
  mail (GreenMail)        http://localhost:8025   (e.g. /api/user/lse.manager@demo.lse.example/messages/INBOX)
  demo municipalities     gm0363 Amsterdam, gm0599 Rotterdam, gm0193 Zwolle
  demo logins             cd.amsterdam, staff.amsterdam, cd.rotterdam,
                          cd.zwolle (case director in Zwolle, chain partner in Rotterdam),
                          partner.politie (Amsterdam and Rotterdam), lse.worker,
                          lse.coordinator, lse.manager, lse.admin   (password: demo)
  logs                    $logs/
Press Ctrl-C to stop.
MSG
wait
