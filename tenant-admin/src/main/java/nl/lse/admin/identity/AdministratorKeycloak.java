package nl.lse.admin.identity;

import java.util.function.Function;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * Keycloak as a signed-in administrator, with their own access token: for what the
 * service account may not do (LSE's staff and their LSE-wide roles, approved by a second
 * administrator). Keycloak decides with the administrator's own rights, and its admin
 * events name them, not the service account.
 *
 * <pre>
 * administrators.as(token, (keycloak) -> keycloak.ensureStaffUser(email, name));
 * </pre>
 */
public class AdministratorKeycloak {

	private final String serverUrl;

	private final String realm;

	AdministratorKeycloak(String serverUrl, String realm) {
		this.serverUrl = serverUrl;
		this.realm = realm;
	}

	/** Runs the work on the directory as the holder of {@code accessToken}. */
	public <T> T as(String accessToken, Function<KeycloakDirectory, T> work) {
		try (Keycloak keycloak = KeycloakBuilder.builder()
			.resteasyClient(IdentityConfiguration.boundedClient())
			.serverUrl(this.serverUrl)
			.realm(this.realm)
			.authorization("Bearer " + accessToken)
			.build()) {
			return work.apply(new KeycloakDirectory(keycloak.realm(this.realm)));
		}
	}

}
