package nl.lse.platform.tenancy.provisioning;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Provisioning through the SECURITY DEFINER functions, as the admin login. */
class TenantProvisioningIntegrationTests {

	TestDatabase database = TestDatabase.get();

	JdbcTemplate superuser = this.database.superuser();

	TenantCatalog adminCatalog = new TenantCatalog(
			new JdbcTemplate(this.database.dataSource(this.database.roles().admin())));

	@Test
	void provisionsRolesSchemaAndTablesAndOpensTheTenant() {
		TenantId tenant = TenantId.of("gm0501");

		Tenant provisioned = this.database.provisioning().provision(tenant, "Testgemeente");

		assertThat(provisioned.status()).isEqualTo(TenantStatus.ACTIVE);
		assertThat(provisioned.schemaVersion()).isEqualTo(this.database.tenantMigrations().currentVersion());
		assertThat(roleExists(this.database.roles().tenant(tenant))).isTrue();
		assertThat(roleExists(this.database.roles().tenantOwner(tenant))).isTrue();
		assertThat(this.superuser.queryForObject(
				"select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'tenant_gm0501'", String.class))
			.isEqualTo(this.database.roles().tenantOwner(tenant));
		assertThat(this.superuser.queryForObject("select count(*) from tenant_gm0501.tenant_setting", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aSecondRunChangesNothing() {
		TenantId tenant = TenantId.of("gm0502");
		this.database.provisioning().provision(tenant, "Testgemeente");
		String history = "select count(*) from tenant_gm0502.flyway_schema_history";
		Integer migrationsRun = this.superuser.queryForObject(history, Integer.class);

		Tenant again = this.database.provisioning().provision(tenant, "Testgemeente");

		assertThat(again.status()).isEqualTo(TenantStatus.ACTIVE);
		assertThat(this.superuser.queryForObject(history, Integer.class)).isEqualTo(migrationsRun);
	}

	@Test
	void aRunThatStoppedHalfwayIsFinishedByRunningItAgain() {
		TenantId tenant = TenantId.of("gm0503");
		this.adminCatalog.register(tenant, "Testgemeente");
		// the earlier run created the owner role and stopped
		this.superuser.execute("create role " + this.database.roles().tenantOwner(tenant) + " nologin noinherit");

		Tenant finished = this.database.provisioning().provision(tenant, "Testgemeente");

		assertThat(finished.status()).isEqualTo(TenantStatus.ACTIVE);
		assertThat(roleExists(this.database.roles().tenant(tenant))).isTrue();
	}

	@Test
	void aRunThatStoppedAfterTheSchemaIsFinishedToo() {
		TenantId tenant = TenantId.of("gm0504");
		this.adminCatalog.register(tenant, "Testgemeente");
		new JdbcTemplate(this.database.dataSource(this.database.roles().admin()))
			.queryForList("select provisioning.provision_tenant('gm0504')");

		Tenant finished = this.database.provisioning().provision(tenant, "Testgemeente");

		assertThat(finished.status()).isEqualTo(TenantStatus.ACTIVE);
		assertThat(finished.schemaVersion()).isEqualTo(this.database.tenantMigrations().currentVersion());
	}

	@Test
	void refusesToDropAnActiveTenant() {
		TenantId tenant = this.database.tenant("gm0505");

		assertThatThrownBy(() -> this.database.provisioning().deprovision(tenant))
			.isInstanceOf(TenantLifecycleException.class)
			.hasMessageContaining("OFFBOARDING");
		assertThat(roleExists(this.database.roles().tenant(tenant))).isTrue();
	}

	@Test
	void dropsSchemaAndRolesOfAnOffboardingTenant() {
		TenantId tenant = TenantId.of("gm0506");
		this.database.provisioning().provision(tenant, "Testgemeente");
		this.adminCatalog.changeStatus(tenant, TenantStatus.ACTIVE, TenantStatus.OFFBOARDING);

		this.database.provisioning().deprovision(tenant);

		assertThat(roleExists(this.database.roles().tenant(tenant))).isFalse();
		assertThat(roleExists(this.database.roles().tenantOwner(tenant))).isFalse();
		assertThat(this.superuser.queryForObject("select count(*) from pg_namespace where nspname = 'tenant_gm0506'",
				Integer.class))
			.isZero();
	}

	@Test
	void theAdminLoginCanDoNothingButCallTheFunctionsAndWriteTheCatalog() {
		TenantId tenant = this.database.tenant("gm0507");
		JdbcTemplate admin = new JdbcTemplate(this.database.dataSource(this.database.roles().admin()));

		assertThatThrownBy(() -> admin.queryForList("select * from tenant_gm0507.tenant_setting")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> admin.execute("set role " + this.database.roles().tenantOwner(tenant))).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> admin.execute("create role intruder")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> admin.update("update platform.tenant set schema_version = 'x'")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> admin.queryForList("select provisioning.provision_tenant('gm05x7')")).rootCause()
			.hasMessageContaining("invalid tenant code");
	}

	@Test
	void anActiveTenantCannotBeRewoundToLookLikeAFailedProvisioning() {
		TenantId tenant = this.database.tenant("gm0508");

		assertThatThrownBy(() -> this.adminCatalog.changeStatus(tenant, TenantStatus.ACTIVE, TenantStatus.PROVISIONING))
			.rootCause()
			.hasMessageContaining("cannot go from ACTIVE to PROVISIONING");
		JdbcTemplate admin = new JdbcTemplate(this.database.dataSource(this.database.roles().admin()));
		assertThatThrownBy(() -> admin.queryForList("select provisioning.deprovision_tenant('gm0508')")).rootCause()
			.hasMessageContaining("OFFBOARDING");
		assertThat(roleExists(this.database.roles().tenant(tenant))).isTrue();
	}

	@Test
	void refusesToDropWhatWasNeverRegistered() {
		assertThatThrownBy(() -> this.database.provisioning().deprovision(TenantId.of("gm0509")))
			.isInstanceOf(TenantLifecycleException.class)
			.hasMessageContaining("OFFBOARDING");
	}

	@Test
	void aTriggerOnTheCatalogNeverRunsWithTheProvisionersRights() {
		this.adminCatalog.register(TenantId.of("gm0510"), "Testgemeente");
		this.adminCatalog.register(TenantId.of("gm0512"), "Testgemeente");
		JdbcTemplate migrator = new JdbcTemplate(this.database.dataSource(this.database.roles().migrator()));
		migrator.execute(escalation("platform.escalate_by_trigger", "trigger"));
		migrator.execute("create trigger escalate after insert or update or delete or truncate on platform.tenant "
				+ "for each statement execute function platform.escalate_by_trigger()");
		JdbcTemplate admin = new JdbcTemplate(this.database.dataSource(this.database.roles().admin()));
		try {
			admin.queryForList("select provisioning.provision_tenant('gm0510')");
			admin.queryForList("select provisioning.deprovision_tenant('gm0512')");
		}
		finally {
			migrator.execute("drop trigger escalate on platform.tenant");
		}
		assertThat(migratorMayCreateRoles()).isFalse();
	}

	@Test
	void aRowSecurityPolicyOnTheCatalogStopsProvisioning() {
		this.adminCatalog.register(TenantId.of("gm0511"), "Testgemeente");
		JdbcTemplate migrator = new JdbcTemplate(this.database.dataSource(this.database.roles().migrator()));
		migrator.execute(escalation("platform.escalate_by_policy", "boolean"));
		migrator.execute("alter table platform.tenant enable row level security");
		migrator.execute("create policy escalate on platform.tenant using (platform.escalate_by_policy())");
		JdbcTemplate admin = new JdbcTemplate(this.database.dataSource(this.database.roles().admin()));
		try {
			assertThatThrownBy(() -> admin.queryForList("select provisioning.provision_tenant('gm0511')")).rootCause()
				.hasMessageContaining("row security");
		}
		finally {
			migrator.execute("drop policy escalate on platform.tenant");
			migrator.execute("alter table platform.tenant disable row level security");
		}
		assertThat(migratorMayCreateRoles()).isFalse();
	}

	/** A function that, run by the provisioner, would give the migrator CREATEROLE. */
	private String escalation(String name, String returns) {
		String result = "trigger".equals(returns) ? "return null;" : "return true;";
		return "create function " + name + "() returns " + returns + " language plpgsql as $$ begin "
				+ "execute format('alter role %I createrole', '" + this.database.roles().migrator() + "'); " + result
				+ " end $$";
	}

	private boolean migratorMayCreateRoles() {
		return this.superuser.queryForObject("select rolcreaterole from pg_roles where rolname = ?", Boolean.class,
				this.database.roles().migrator());
	}

	private boolean roleExists(String role) {
		return this.superuser.queryForObject("select count(*) from pg_roles where rolname = ?", Integer.class,
				role) == 1;
	}

}
