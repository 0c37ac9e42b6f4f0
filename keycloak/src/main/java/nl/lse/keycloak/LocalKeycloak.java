package nl.lse.keycloak;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code java -jar keycloak/target/keycloak-*-exec.jar}: Keycloak for a local run, with
 * its own database {@code keycloak} on the local PostgreSQL, realm {@code lse} and the
 * demo overlay, in the foreground until stopped. Settings from the environment:
 * {@code LSE_KEYCLOAK_PORT} (8180), {@code LSE_KEYCLOAK_DB_URL},
 * {@code LSE_KEYCLOAK_DB_USER}, {@code LSE_KEYCLOAK_DB_PASSWORD}, {@code LSE_PORTAL_URL},
 * {@code LSE_PORTAL_CLIENT_SECRET}.
 */
public final class LocalKeycloak {

	private LocalKeycloak() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = Integer.parseInt(env("LSE_KEYCLOAK_PORT", "8180"));
		Map<String, String> environment = KeycloakLauncher.environment(env("LSE_PORTAL_URL", "http://localhost:8080"),
				env("LSE_PORTAL_CLIENT_SECRET", "local-portal-secret"));
		KeycloakLauncher.Options options = new KeycloakLauncher.Options(KeycloakLauncher.defaultHome(), port,
				"http://localhost:" + port, env("LSE_KEYCLOAK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/keycloak"),
				env("LSE_KEYCLOAK_DB_USER", "keycloak"), env("LSE_KEYCLOAK_DB_PASSWORD", "keycloak"), environment, true,
				Path.of("target", "run-local", "keycloak.log"));
		try (KeycloakLauncher keycloak = KeycloakLauncher.start(options)) {
			System.out.println("Keycloak ready: " + keycloak.issuer());
			while (keycloak.isRunning()) {
				Thread.sleep(1000);
			}
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
