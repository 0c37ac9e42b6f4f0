package nl.lse.platform.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.lse.platform.TcpProxy;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While Keycloak is unreachable (a TCP proxy in front of its JWKS endpoint is cut),
 * tokens already issued keep working until they expire, and no request waits more than a
 * second, not even one with a key id the platform has never seen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeycloakOutageIntegrationTests {

	static TcpProxy proxy;

	@LocalServerPort
	int port;

	HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
		TestDatabase.get().register(registry);
		int keycloakPort = URI.create(TestKeycloak.get().baseUrl()).getPort();
		proxy = new TcpProxy(keycloakPort);
		registry.add("lse.identity.issuer", () -> TestKeycloak.get().issuer());
		registry.add("lse.identity.clients", () -> "lse-portal,lse-demo-cli");
		registry.add("lse.identity.jwk-set-uri",
				() -> "http://127.0.0.1:" + proxy.port() + "/realms/lse/protocol/openid-connect/certs");
		registry.add("spring.security.oauth2.client.registration.keycloak.client-secret",
				() -> TestKeycloak.PORTAL_SECRET);
	}

	@AfterAll
	static void closeProxy() throws Exception {
		proxy.close();
	}

	@Test
	void issuedTokensKeepWorkingAndNothingWaitsLongerThanASecond() throws Exception {
		String token = TestKeycloak.accessToken("cd.amsterdam");
		assertThat(call(token).statusCode()).isEqualTo(200);
		assertThat(proxy.accepted()).as("keys fetched through the proxy").isPositive();

		proxy.cut();
		try {
			for (int i = 0; i < 5; i++) {
				long started = System.nanoTime();
				int status = call(token).statusCode();
				long millis = (System.nanoTime() - started) / 1_000_000;
				assertThat(status).as("issued token during the outage").isEqualTo(200);
				assertThat(millis).as("request %d during the outage", i).isLessThan(1000);
			}
			String issuedDuringOutage = TestKeycloak.accessToken("cd.rotterdam");
			assertThat(call(issuedDuringOutage).statusCode()).as("same signing key, cached").isEqualTo(200);

			long started = System.nanoTime();
			int status = call(strangerToken()).statusCode();
			assertThat(status).isEqualTo(401);
			assertThat((System.nanoTime() - started) / 1_000_000).as("unknown key id during the outage")
				.isLessThan(1000);
		}
		finally {
			proxy.restore();
		}
	}

	private HttpResponse<String> call(String token) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String strangerToken() throws Exception {
		RSAKey stranger = new RSAKeyGenerator(2048).keyID("unknown-during-outage").generate();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(stranger.getKeyID()).build(),
				JWTClaimsSet.parse(TestKeycloak.payload(TestKeycloak.accessToken("cd.amsterdam"))));
		jwt.sign(new RSASSASigner(stranger));
		return jwt.serialize();
	}

}
