package nl.lse.platform.tenancy.migration;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the platform migrations and then the tenant migrations while the app starts,
 * before the tenant directory is first read. Local runs and tests only: production runs
 * the same code as a one-off job before the rollout
 * ({@code lse.migration.on-startup=false} there).
 */
public class MigrationsOnStartup implements InitializingBean {

	private final PlatformMigrations platform;

	private final TenantMigrations tenants;

	private @Nullable MigrationReport report;

	public MigrationsOnStartup(PlatformMigrations platform, TenantMigrations tenants) {
		this.platform = platform;
		this.tenants = tenants;
	}

	@Override
	public void afterPropertiesSet() {
		this.platform.migrate();
		this.report = this.tenants.migrateAll();
	}

	public @Nullable MigrationReport report() {
		return this.report;
	}

}
