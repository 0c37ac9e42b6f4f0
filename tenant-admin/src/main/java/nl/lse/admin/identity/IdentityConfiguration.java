package nl.lse.admin.identity;

import nl.lse.platform.identity.IdentityProperties;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.Client;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.ClientBuilderWrapper;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin client, signed in as the {@code lse-provisioning} service account, on the
 * realm of {@code lse.identity.issuer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakAdminProperties.class)
class IdentityConfiguration {

	@Bean(destroyMethod = "close")
	Keycloak keycloakAdminClient(IdentityProperties identity, KeycloakAdminProperties properties) {
		String issuer = identity.issuer();
		int realms = issuer.indexOf("/realms/");
		return KeycloakBuilder.builder()
			.resteasyClient(boundedClient())
			.serverUrl(issuer.substring(0, realms))
			.realm(issuer.substring(realms + "/realms/".length()))
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.build();
	}

	@Bean
	AdministratorKeycloak administratorKeycloak(IdentityProperties identity) {
		String issuer = identity.issuer();
		int realms = issuer.indexOf("/realms/");
		return new AdministratorKeycloak(issuer.substring(0, realms), issuer.substring(realms + "/realms/".length()));
	}

	/**
	 * An HTTP client for the admin client with bounded waits: a Keycloak that hangs must
	 * not hold an onboarding (its lock and connections) or a page for ever.
	 */
	static Client boundedClient() {
		return ClientBuilderWrapper.create(null, false)
			.connectTimeout(5, TimeUnit.SECONDS)
			.readTimeout(30, TimeUnit.SECONDS)
			.register(JacksonProvider.class, 100)
			.build();
	}

	@Bean
	KeycloakDirectory keycloakDirectory(Keycloak keycloak, IdentityProperties identity) {
		String issuer = identity.issuer();
		return new KeycloakDirectory(
				keycloak.realm(issuer.substring(issuer.indexOf("/realms/") + "/realms/".length())));
	}

}
