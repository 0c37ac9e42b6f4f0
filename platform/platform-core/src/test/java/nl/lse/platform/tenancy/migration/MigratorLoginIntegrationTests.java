package nl.lse.platform.tenancy.migration;

import java.util.HashMap;
import java.util.Map;

import nl.lse.platform.CoreTestApplication;
import nl.lse.platform.tenancy.MigratorConnections;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A running platform-app or batch-jobs never holds the migrator login (the owner of
 * {@code platform} and of every tenant): it refuses to start when given its password or
 * told to migrate, and builds no migrator connections. Only tenant-admin keeps it
 * ({@code lse.migration.held-at-runtime}).
 */
class MigratorLoginIntegrationTests {

	@Test
	void aRuntimeAppRefusesToStartWithTheMigratorPassword() {
		assertThatException().isThrownBy(() -> start(Map.of("lse.migration.password", "s3cret")))
			.withStackTraceContaining("holds no migrator login while it runs")
			.withStackTraceContaining("LSE_DB_MIGRATOR_PASSWORD");
	}

	@Test
	void aRuntimeAppRefusesToMigrateAtStartup() {
		assertThatException().isThrownBy(() -> start(Map.of("lse.migration.on-startup", "true")))
			.withStackTraceContaining("holds no migrator login while it runs");
	}

	@Test
	void aRuntimeAppBuildsNoMigratorConnections() {
		try (ConfigurableApplicationContext context = start(Map.of())) {
			assertThat(context.getBeanNamesForType(MigratorConnections.class)).isEmpty();
			assertThat(context.getBeanNamesForType(TenantMigrations.class)).isEmpty();
			assertThat(context.getBeanNamesForType(PlatformMigrations.class)).isEmpty();
		}
	}

	@Test
	void tenantAdminKeepsTheMigratorLogin() {
		Map<String, String> properties = new HashMap<>();
		properties.put("lse.migration.held-at-runtime", "true");
		properties.put("lse.migration.password", "s3cret");
		try (ConfigurableApplicationContext context = start(properties)) {
			assertThat(context.getBeanNamesForType(MigratorConnections.class)).hasSize(1);
			assertThat(context.getBeanNamesForType(TenantMigrations.class)).hasSize(1);
		}
	}

	private static ConfigurableApplicationContext start(Map<String, String> extra) {
		Map<String, Object> properties = new HashMap<>(TestDatabase.get().properties());
		properties.putAll(extra);
		return new SpringApplicationBuilder(CoreTestApplication.class).web(WebApplicationType.NONE)
			.properties(properties)
			.run();
	}

}
