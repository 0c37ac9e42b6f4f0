package nl.lse.platform.tenancy;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantDirectory;
import nl.lse.platform.tenancy.migration.MigrationProperties;
import nl.lse.platform.tenancy.migration.MigrateAndExit;
import nl.lse.platform.tenancy.migration.MigrationScripts;
import nl.lse.platform.tenancy.migration.MigrationsOnStartup;
import nl.lse.platform.tenancy.migration.PlatformMigrations;
import nl.lse.platform.tenancy.migration.TenantMigrations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires tenancy into every app: the transaction manager that enters the bound tenant, the
 * catalog and this replica's view of it, and migrations where an app may run them.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
		before = { HibernateJpaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class })
@EnableConfigurationProperties({ TenancyProperties.class, MigrationProperties.class })
public class TenancyAutoConfiguration {

	/**
	 * Migrator connections exist only in the one-off migration job and in tenant-admin
	 * ({@link MigrationProperties#heldAtRuntime()}); {@link MigrationProperties} refuses
	 * a migrator password anywhere else.
	 */
	private static final String USES_MIGRATOR = "${lse.migration.only:false} or ${lse.migration.held-at-runtime:false}";

	@Bean
	DatabaseRoles databaseRoles(TenancyProperties properties) {
		return new DatabaseRoles(properties.rolePrefix());
	}

	@Bean
	TenantSwitch tenantSwitch(DatabaseRoles roles, TenancyProperties properties) {
		return new TenantSwitch(roles, properties.switchRole());
	}

	/**
	 * Primary: an app may add a tenant-blind one for platform-only work (portal
	 * sessions).
	 */
	@Bean
	@Primary
	TenantJpaTransactionManager transactionManager(EntityManagerFactory emf, TenantSwitch tenantSwitch) {
		return new TenantJpaTransactionManager(emf, tenantSwitch);
	}

	@Bean
	TenantTransactions tenantTransactions(TenantJpaTransactionManager transactionManager) {
		return new TenantTransactions(transactionManager);
	}

	@Bean
	TenantCatalog tenantCatalog(DataSource dataSource) {
		return new TenantCatalog(new JdbcTemplate(dataSource));
	}

	@Bean
	TenantDirectory tenantDirectory(TenantCatalog catalog, TenancyProperties properties,
			ObjectProvider<MigrationsOnStartup> migrations) {
		migrations.ifAvailable((ranFirst) -> {
		});
		return new TenantDirectory(catalog, properties.statusRefresh(), properties.statusMaxMissedRefreshes());
	}

	@Bean
	@ConditionalOnExpression(USES_MIGRATOR)
	MigratorConnections migratorConnections(MigrationProperties migration, DataSourceProperties dataSource,
			DatabaseRoles roles) {
		return MigratorConnections.of(migration, dataSource, roles);
	}

	@Bean
	@ConditionalOnExpression(USES_MIGRATOR)
	PlatformMigrations platformMigrations(MigratorConnections connections, DatabaseRoles roles) {
		return new PlatformMigrations(connections.dataSource(), roles);
	}

	@Bean
	@ConditionalOnExpression(USES_MIGRATOR)
	TenantMigrations tenantMigrations(MigratorConnections connections, DatabaseRoles roles,
			MigrationProperties migration) {
		TenantCatalog migratorCatalog = new TenantCatalog(new JdbcTemplate(connections.dataSource()));
		return new TenantMigrations(connections.dataSource(), roles, migratorCatalog,
				MigrationScripts.load(TenantMigrations.LOCATION), migration.parallelism());
	}

	@Bean
	@ConditionalOnExpression("${lse.migration.only:false} or (${lse.migration.held-at-runtime:false}"
			+ " and ${lse.migration.on-startup:false})")
	MigrationsOnStartup migrationsOnStartup(PlatformMigrations platform, TenantMigrations tenants) {
		return new MigrationsOnStartup(platform, tenants);
	}

	@Bean
	@ConditionalOnProperty(name = "lse.migration.only", havingValue = "true")
	MigrateAndExit migrateAndExit(MigrationsOnStartup migrations) {
		return new MigrateAndExit(migrations);
	}

}
