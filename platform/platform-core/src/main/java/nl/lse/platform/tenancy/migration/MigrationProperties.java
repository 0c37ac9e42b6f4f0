package nl.lse.platform.tenancy.migration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How migrations run.
 *
 * @param onStartup run them when the app starts (local runs and tests turn this on); in
 * production a one-off migration job runs them before the rollout, and the apps' runtime
 * never needs the migrator's credentials
 * @param url JDBC URL for the migrator login; by default the app's datasource URL
 * @param username the migrator login; by default {@code <prefix>_migrator}
 * @param password its password, if the server asks for one
 * @param parallelism how many tenant schemas migrate at once
 * @param only migrate and exit: the one-off migration job of a production rollout (exit
 * code 0, or 2 when a tenant failed and went into maintenance)
 * @param heldAtRuntime this app keeps the migrator login while it runs: tenant-admin
 * only, because onboarding migrates the tenant it has just created. Any other app refuses
 * to start with a migrator password or migrations at startup unless it runs {@code only}:
 * a running platform-app or batch-jobs never holds the owner of {@code platform} and of
 * every tenant
 */
@ConfigurationProperties("lse.migration")
public record MigrationProperties(@DefaultValue("false") boolean onStartup, @Nullable String url,
		@Nullable String username, @Nullable String password, @DefaultValue("4") int parallelism,
		@DefaultValue("false") boolean only, @DefaultValue("false") boolean heldAtRuntime) {

	public MigrationProperties {
		boolean migratorWanted = onStartup || (password != null && !password.isEmpty());
		if (migratorWanted && !only && !heldAtRuntime) {
			throw new IllegalStateException("This app holds no migrator login while it runs: remove"
					+ " LSE_DB_MIGRATOR_PASSWORD (lse.migration.password) and LSE_MIGRATE_ON_STARTUP"
					+ " (lse.migration.on-startup) from its environment, and migrate with the one-off"
					+ " migration job (--lse.migration.only=true) or through tenant-admin");
		}
	}

	/** Whether this app builds migrator connections at all. */
	public boolean usesMigrator() {
		return this.only || this.heldAtRuntime;
	}

}
