package nl.lse.platform.tenancy;

import java.util.Objects;

import javax.sql.DataSource;

import nl.lse.platform.tenancy.migration.MigrationProperties;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Unpooled connections of the migrator login. Migrations set the owner role for the whole
 * session, so these connections are closed after use and never reach the app's pool; this
 * is deliberately not a {@link DataSource} bean.
 *
 * @param dataSource a new physical connection per call
 */
public record MigratorConnections(DataSource dataSource) {

	static MigratorConnections of(MigrationProperties migration, DataSourceProperties app, DatabaseRoles roles) {
		String url = Objects.requireNonNullElse(migration.url(), app.determineUrl());
		String username = Objects.requireNonNullElse(migration.username(), roles.migrator());
		return new MigratorConnections(
				new SimpleDriverDataSource(new org.postgresql.Driver(), url, username, migration.password()));
	}

}
