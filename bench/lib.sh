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
