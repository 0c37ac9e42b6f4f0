package nl.lse.platform.tenancy.migration;

import java.util.Map;

import javax.sql.DataSource;

import nl.lse.platform.tenancy.DatabaseRoles;
import org.flywaydb.core.Flyway;

/**
 * Migrates the shared schemas as the migrator login, which owns them: {@code platform}
 * (catalog, registry, reports, security events) and {@code batch} (the Spring Batch job
 * repository).
 */
public class PlatformMigrations {

	private final DataSource migratorDataSource;

	private final Map<String, String> placeholders;

	public PlatformMigrations(DataSource migratorDataSource, DatabaseRoles roles) {
		this.migratorDataSource = migratorDataSource;
		this.placeholders = Map.of("app_role", roles.app(), "admin_role", roles.admin(), "provisioner_role",
				roles.provisioner(), "migrator_role", roles.migrator(), "sealer_role", roles.sealer());
	}

	public void migrate() {
		migrate("platform", "db/migration/platform");
		migrate("batch", "db/migration/batch");
	}

	private void migrate(String schema, String location) {
		Flyway.configure(getClass().getClassLoader())
			.dataSource(this.migratorDataSource)
			.schemas(schema)
			.defaultSchema(schema)
			.createSchemas(false)
			.locations("classpath:" + location)
			.placeholders(this.placeholders)
			.load()
			.migrate();
	}

}
