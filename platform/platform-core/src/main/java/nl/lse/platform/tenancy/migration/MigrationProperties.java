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
 */
@ConfigurationProperties("lse.migration")
public record MigrationProperties(@DefaultValue("false") boolean onStartup, @Nullable String url,
		@Nullable String username, @Nullable String password, @DefaultValue("4") int parallelism,
		@DefaultValue("false") boolean only) {

}
