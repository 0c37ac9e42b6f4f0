# Shared by the benchmark scripts (source it after cd to the repository root, with PSQL and
# work set and the jars built).

# A fresh database $1 with its roles, installed, and $2 municipalities gm0001.. provisioned
# at the current schema version through tenant-admin (no Keycloak work).
prepare() {
	local db=$1 count=$2
	local admin_jar
	admin_jar=$(ls tenant-admin/target/tenant-admin-*.jar | grep -v -- -tests | head -1)
	psql "$PSQL" -q -c "drop database if exists $db with (force)"
	for role in $(psql "$PSQL" -At -c "select rolname from pg_roles where starts_with(rolname, '${db}_')"); do
		psql "$PSQL" -q -c "drop role \"$role\""
	done
	LSE_DB_NAME=$db java -jar "$admin_jar" install >"$work/$db-install.log" 2>&1
	local props="$work/$db-tenants.properties"
	: >"$props"
	for i in $(seq 1 "$count"); do
		printf 'lse.demo.tenants.gm%04d=Benchgemeente %d\n' "$i" "$i" >>"$props"
	done
	echo "  provisioning $count tenants in $db"
	LSE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LSE_DB_ROLE_PREFIX=$db LSE_DB_ADMIN_USER="${db}_admin" \
		java -jar "$admin_jar" --spring.main.web-application-type=none \
		--spring.config.additional-location="file:$props" >"$work/$db-provision.log" 2>&1
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# A Keycloak of the benchmark's own (the local run's launcher, its database 'keycloak' on
# the same PostgreSQL) on port $1, stopped when the script ends; exports
# LSE_KEYCLOAK_ISSUER (the apps resolve the issuer as they start, tenant-admin's
# provisioning run too).
start_keycloak() {
	local port=$1 attempt
	export LSE_KEYCLOAK_ISSUER="http://localhost:$port/realms/lse"
	psql "$PSQL" -q -v ON_ERROR_STOP=1 <<'SQL'
select 'create role keycloak login password ''keycloak''' where not exists (select from pg_roles where rolname = 'keycloak')\gexec
select 'create database keycloak owner keycloak' where not exists (select from pg_database where datname = 'keycloak')\gexec
SQL
	# emptied here, not only by the redirection of the background job: that happens in the
	# child, and a look at the log before it would find the previous benchmark's "Keycloak
	# ready" (it did once in CI). A second attempt when Keycloak goes away while being set up.
	for attempt in 1 2; do
		: >"$work/keycloak.log"
		LSE_KEYCLOAK_PORT=$port java -jar "$(ls keycloak/target/keycloak-*-exec.jar | head -1)" >"$work/keycloak.log" 2>&1 &
		kc_pid=$!
		trap 'kill $kc_pid 2>/dev/null; wait $kc_pid 2>/dev/null || true' EXIT
		if keycloak_ready "$port"; then
			return 0
		fi
		kill $kc_pid 2>/dev/null
		wait $kc_pid 2>/dev/null || true
		cp "$work/keycloak.log" "$work/keycloak-attempt-$attempt.log"
		echo "Keycloak did not start (attempt $attempt); see $work/keycloak-attempt-$attempt.log" >&2
	done
	exit 1
}

# Whether the launcher said "Keycloak ready" and the realm still answers a moment later.
keycloak_ready() {
	local port=$1
	for _ in $(seq 1 240); do
		if grep -q "Keycloak ready" "$work/keycloak.log" 2>/dev/null; then
			sleep 2
			kill -0 $kc_pid 2>/dev/null &&
				curl -fs "http://localhost:$port/realms/lse/.well-known/openid-configuration" >/dev/null
			return
		fi
		kill -0 $kc_pid 2>/dev/null || return 1
		sleep 1
	done
	return 1
}
