package nl.lse.platform;

import java.util.List;
import java.util.Map;

import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.keycloak.KeycloakLauncher;
import nl.lse.platform.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real Keycloak of this test JVM (started once, dev-mem database, realm lse with the
 * demo overlay), and the portal port it redirects back to.
 */
public final class TestKeycloak {

	public static final int PORTAL_PORT = KeycloakLauncher.freePort();

	public static final String PORTAL_SECRET = "test-portal-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static @Nullable KeycloakLauncher keycloak;

	private TestKeycloak() {
	}

	public static synchronized KeycloakLauncher get() {
		if (keycloak == null) {
			keycloak = KeycloakLauncher.start(KeycloakLauncher.Options.forTests(KeycloakLauncher.freePort(),
					KeycloakLauncher.environment("http://localhost:" + PORTAL_PORT, PORTAL_SECRET)));
		}
		return keycloak;
	}

	/** Database, Keycloak and the portal's fixed port. */
	public static void register(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
		registry.add("lse.identity.issuer", () -> get().issuer());
		registry.add("spring.security.oauth2.client.registration.keycloak.client-secret", () -> PORTAL_SECRET);
		registry.add("server.port", () -> PORTAL_PORT);
		// the test JVM's relay delivers what this JVM commits (its nudges), and sweeps no
		// outbox: what another JVM left there (the crash test's killed app) stays for
		// that one
		registry.add("lse.events.first-sweep", () -> "1h");
		registry.add("lse.events.sweep-interval", () -> "1h");
		// tests run the self-referral housekeeping themselves
		registry.add("lse.self-referrals.housekeeping", () -> "false");
		// the tests' tokens come from the demo CLI client, as a local run's do
		registry.add("lse.identity.clients", () -> "lse-portal,lse-demo-cli");
		// the tests' portal is plain http on localhost, like a local run
		registry.add("server.servlet.session.cookie.secure", () -> "false");
	}

	/** A test user (password {@code demo}) in realm lse, made once; its id. */
	public static String user(String username, String lastName) {
		KeycloakAdmin admin = get().admin();
		if (admin.get("/lse/users?exact=true&username=" + username).isEmpty()) {
			admin.post("/lse/users",
					Map.of("username", username, "enabled", true, "email", username + "@test.invalid", "emailVerified",
							true, "firstName", "Test", "lastName", lastName, "credentials",
							List.of(Map.of("type", "password", "value", "demo", "temporary", false))));
		}
		return admin.get("/lse/users?exact=true&username=" + username).get(0).get("id").asString();
	}

	/** An access token of a demo user, from the demo CLI client (password grant). */
	public static String accessToken(String username) {
		return tokens(username).get("access_token").asString();
	}

	public static JsonNode tokens(String username) {
		return get().demoTokens(username);
	}

	public static Map<String, Object> payload(String jwt) {
		String json = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
		return JSON.readValue(json, Map.class);
	}

}
