package nl.lse.platform.identity;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.lse.platform.TestKeycloak;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review, item 5: the portal behind a TLS proxy, as in production. The request
 * reaches the app as plain http from a trusted proxy (with X-Forwarded-Proto https, which
 * the app does not believe); still the session cookie is Secure, every answer carries
 * HSTS, and the login redirect to Keycloak comes back to the configured public address,
 * not to the address of the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindTlsProxyIntegrationTests {

	static final String PUBLIC_URL = "https://lse.example.nl";

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
		registry.add("lse.identity.issuer", () -> TestKeycloak.get().issuer());
		registry.add("spring.security.oauth2.client.registration.keycloak.client-secret",
				() -> TestKeycloak.PORTAL_SECRET);
		registry.add("lse.portal.public-url", () -> PUBLIC_URL);
		registry.add("lse.audit.trusted-proxies", () -> "127.0.0.1/32");
		registry.add("lse.events.first-sweep", () -> "1h");
		registry.add("lse.self-referrals.housekeeping", () -> "false");
	}

	@Test
	void secureCookieHstsAndRedirectsFromThePublicAddress() throws Exception {
		HttpResponse<String> start = get("/oauth2/authorization/keycloak");

		assertThat(start.statusCode()).isEqualTo(302);
		String location = start.headers().firstValue("Location").orElseThrow();
		String redirectUri = URLDecoder.decode(location.replaceFirst(".*[?&]redirect_uri=([^&]+).*", "$1"),
				StandardCharsets.UTF_8);
		assertThat(redirectUri).isEqualTo(PUBLIC_URL + "/login/oauth2/code/keycloak");
		List<String> cookies = start.headers().allValues("Set-Cookie");
		assertThat(cookies).as("the session that holds the login's state")
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
				.containsIgnoringCase("; Secure")
				.containsIgnoringCase("HttpOnly"));
		assertThat(start.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		assertThat(get("/uitgelogd").headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.7")
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
