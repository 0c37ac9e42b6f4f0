package nl.lse.platform.tenancy.migration;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Startup migrations over many tenants, run as the migrator against real PostgreSQL. */
class TenantMigrationsIntegrationTests {

	TestDatabase database = TestDatabase.get();

	TenantCatalog catalog = new TenantCatalog(new JdbcTemplate(this.database.dataSource(this.database.roles().app())));

	@Test
	void skipsTenantsAlreadyAtTheCurrentVersionWithoutAskingFlyway() {
		TenantId current = this.database.tenant("gm0401");
		TenantMigrations migrations = this.database.tenantMigrations();

		MigrationReport report = migrations.migrateAll();

		assertThat(report.skipped()).contains(current);
		assertThat(report.migrated()).doesNotContain(current);
		assertThat(this.catalog.find(current)).get()
			.extracting(Tenant::schemaVersion)
			.isEqualTo(migrations.currentVersion());
	}

	@Test
	void aFailingTenantGoesIntoMaintenanceAndTheOthersCarryOn() {
		TenantId broken = this.database.tenant("gm0402");
		TenantId behind = this.database.tenant("gm0403");
		JdbcTemplate superuser = this.database.superuser();
		// a schema history that no longer matches the scripts (someone edited it by hand)
		superuser.update("update tenant_gm0402.flyway_schema_history set checksum = 42 where version = '1'");
		superuser.update("update platform.tenant set schema_version = null where code in ('gm0402', 'gm0403')");

		MigrationReport report = this.database.tenantMigrations().migrateAll();

		assertThat(report.failed()).containsKey(broken);
		assertThat(report.migrated()).contains(behind);
		Tenant parked = this.catalog.find(broken).orElseThrow();
		assertThat(parked.maintenance()).isTrue();
		assertThat(parked.maintenanceReason()).contains("mislukt");
		assertThat(this.catalog.find(behind).orElseThrow().isOpen()).isTrue();
	}

	@Test
	void theCurrentVersionIsTheNewestScript() throws java.io.IOException {
		MigrationScripts scripts = MigrationScripts.load(TenantMigrations.LOCATION);
		int newestOnDisk;
		try (var files = java.nio.file.Files
			.list(java.nio.file.Path.of("src/main/resources", TenantMigrations.LOCATION))) {
			newestOnDisk = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.matches("V[0-9]+__.*\\.sql"))
				.mapToInt((name) -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
				.max()
				.orElseThrow();
		}
		assertThat(scripts.latestVersion()).isEqualTo(String.valueOf(newestOnDisk));
		assertThat(scripts.getResources("V", new String[] { ".sql" })).isNotEmpty();
	}

}
