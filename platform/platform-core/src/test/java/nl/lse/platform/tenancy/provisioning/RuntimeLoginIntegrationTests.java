package nl.lse.platform.tenancy.provisioning;

import java.util.Map;

import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** (f) The runtime login, asked about itself while connected as itself. */
class RuntimeLoginIntegrationTests {

	TestDatabase database = TestDatabase.get();

	JdbcTemplate app = new JdbcTemplate(this.database.dataSource(this.database.roles().app()));

	@Test
	void isNotSuperuserHasNoBypassRlsAndDoesNotInherit() {
		this.database.tenant("gm0701");
		Map<String, Object> self = this.app
			.queryForMap("select rolsuper, rolbypassrls, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin "
					+ "from pg_roles where rolname = current_user");
		assertThat(self).containsEntry("rolsuper", false)
			.containsEntry("rolbypassrls", false)
			.containsEntry("rolinherit", false)
			.containsEntry("rolcreaterole", false)
			.containsEntry("rolcreatedb", false)
			.containsEntry("rolcanlogin", true);
	}

	@Test
	void isAMemberOfTenantRolesButOfNoOwnerRole() {
		this.database.tenant("gm0702");
		String memberships = "select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid "
				+ "where m.member = (select oid from pg_roles where rolname = current_user)";
		assertThat(this.app.queryForList(memberships, String.class)).isNotEmpty()
			.allSatisfy((role) -> assertThat(role).startsWith(this.database.roles().prefix() + "_tenant_gm")
				.doesNotEndWith("_owner"));
		assertThatThrownBy(() -> this.app
			.execute("set role " + this.database.roles().tenantOwner(nl.lse.platform.tenancy.TenantId.of("gm0702"))))
			.rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void ownsNothing() {
		this.database.tenant("gm0703");
		String owned = "select (select count(*) from pg_class where relowner = r.oid)"
				+ " + (select count(*) from pg_namespace where nspowner = r.oid)"
				+ " + (select count(*) from pg_proc where proowner = r.oid)"
				+ " + (select count(*) from pg_type where typowner = r.oid)"
				+ " + (select count(*) from pg_database where datdba = r.oid) from pg_roles r where rolname = current_user";
		assertThat(this.app.queryForObject(owned, Long.class)).isZero();
	}

}
