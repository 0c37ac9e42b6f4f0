package nl.lse.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review, item 1: when Keycloak cannot refresh the portal's access token for a
 * reason other than a refused grant (down, a timeout, a rotated client secret), the
 * session goes on only while its last token is valid; past its expiry plus the skew the
 * portal answers 503 ("tijdelijk niet beschikbaar") and serves nothing on that stale
 * identity. The refresh's failure is Keycloak's answer as Spring's client gives it.
 */
class PortalTokenRefreshTests {

	static final Duration SKEW = Duration.ofSeconds(30);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aStaleIdentityServesNothingWhileKeycloakCannotRefreshIt() throws Exception {
		signIn(Instant.now().minus(Duration.ofMinutes(6)), Instant.now().minus(SKEW).minusSeconds(1));

		Outcome outcome = request(keycloakDown("server_error"));

		assertThat(outcome.passed()).isFalse();
		assertThat(outcome.status()).isEqualTo(503);
	}

	@Test
	void aRotatedClientSecretFailsClosedToo() throws Exception {
		signIn(Instant.now().minus(Duration.ofMinutes(6)), Instant.now().minus(Duration.ofMinutes(1)));

		assertThat(request(keycloakDown("invalid_client")).status()).isEqualTo(503);
	}

	@Test
	void withinItsLifetimeTheLastTokenStillServes() throws Exception {
		signIn(Instant.now().minus(Duration.ofMinutes(4)), Instant.now().plusSeconds(50));

		Outcome outcome = request(keycloakDown("server_error"));

		assertThat(outcome.passed()).isTrue();
	}

	@Test
	void anUnreachableKeycloakAfterExpiryIs503() throws Exception {
		signIn(Instant.now().minus(Duration.ofMinutes(6)), Instant.now().minus(SKEW).minusSeconds(5));
		OAuth2AuthorizedClientManager unreachable = (request) -> {
			throw new IllegalStateException("Connection refused");
		};

		assertThat(request(unreachable).status()).isEqualTo(503);
	}

	private static OAuth2AuthorizedClientManager keycloakDown(String error) {
		return (request) -> {
			throw new ClientAuthorizationException(new OAuth2Error(error), "keycloak");
		};
	}

	private static Outcome request(OAuth2AuthorizedClientManager clients) throws Exception {
		JwtDecoder decoder = (token) -> {
			throw new IllegalStateException("no new token to decode");
		};
		// no HTTP session here, so no refresh lock either
		// (PortalRefreshRaceIntegrationTests)
		PortalTokenRefresh filter = new PortalTokenRefresh(clients, new HttpSessionOAuth2AuthorizedClientRepository(),
				new OneRefreshPerSession(TransactionOperations.withoutTransaction(), null, null), decoder,
				new HttpSessionSecurityContextRepository(), SKEW);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/t/gm0363/casussen");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean passed = new AtomicBoolean();
		filter.doFilter(request, response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				passed.set(true);
			}
		});
		return new Outcome(passed.get(), response.getStatus());
	}

	private static void signIn(Instant issuedAt, Instant expiresAt) {
		OidcIdToken idToken = new OidcIdToken("id-token", issuedAt, issuedAt.plusSeconds(300),
				Map.of("sub", "cd-1", "iss", "http://localhost/realms/lse"));
		LseAuthentication caller = new LseAuthentication("cd-1", "cd.amsterdam", "Carla", Set.of(),
				Map.of("gm0363", Set.of(LseRole.CASE_DIRECTOR)));
		PortalUser user = new PortalUser(new DefaultOidcUser(List.of(), idToken), caller, issuedAt, expiresAt);
		SecurityContextHolder.getContext()
			.setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak"));
	}

	record Outcome(boolean passed, int status) {
	}

}
