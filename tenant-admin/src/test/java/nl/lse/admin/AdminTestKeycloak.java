package nl.lse.admin;

import java.util.Map;

import nl.lse.keycloak.KeycloakLauncher;
import nl.lse.platform.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real Keycloak (realm lse with the demo overlay, in memory) for tenant-admin's
 * tests, and tenant-admin on a fixed port so that the realm's redirect URI fits.
 */
public final class AdminTestKeycloak {

	public static final int ADMIN_PORT = KeycloakLauncher.freePort();

	private static final String SECRET = "test-admin-secret";

	/** The {@code lse-provisioning} client's secret in the tests. */
	public static final String PROVISIONING_SECRET = "provisioning-" + SECRET;

	private static @Nullable KeycloakLauncher keycloak;

	private AdminTestKeycloak() {
	}

	public static synchronized KeycloakLauncher get() {
		if (keycloak == null) {
			Map<String, String> environment = KeycloakLauncher.environment("http://localhost:1", SECRET);
			environment.put("LSE_ADMIN_URL", "http://localhost:" + ADMIN_PORT);
			keycloak = KeycloakLauncher
				.start(KeycloakLauncher.Options.forTests(KeycloakLauncher.freePort(), environment));
		}
		return keycloak;
	}

	/** Database (admin and migrator logins), Keycloak, the fixed port. */
	public static void register(DynamicPropertyRegistry registry) {
		TestDatabase.get().registerWithMigrator(registry);
		registry.add("spring.datasource.username", () -> TestDatabase.get().roles().admin());
		registry.add("lse.identity.issuer", () -> get().issuer());
		registry.add("lse.identity.clients", () -> "lse-tenant-admin,lse-portal,lse-demo-cli");
		registry.add("spring.security.oauth2.client.registration.keycloak.client-secret", () -> "admin-" + SECRET);
		registry.add("lse.admin.keycloak.client-secret", () -> PROVISIONING_SECRET);
		registry.add("server.port", () -> ADMIN_PORT);
		registry.add("lse.admin.public-url", () -> "http://localhost:" + ADMIN_PORT);
	}

	/**
	 * An access token of a demo user (password {@code demo}) from the demo CLI client.
	 */
	public static String accessToken(String username) {
		return get().demoTokens(username).get("access_token").asString();
	}

}
