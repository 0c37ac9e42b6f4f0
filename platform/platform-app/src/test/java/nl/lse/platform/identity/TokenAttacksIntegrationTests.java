package nl.lse.platform.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens that must not pass, made from what the real Keycloak issues: its ID token, a
 * tampered payload, {@code alg: none}, HS256 keyed with Keycloak's public key, and the
 * real claims signed with a key Keycloak never published. Wrong issuer, wrong audience
 * and expiry are covered with keys of our own in {@code TokenVerificationTests}.
 */
class TokenAttacksIntegrationTests extends PlatformIntegrationTest {

	@Test
	void theRealAccessTokenPasses() throws Exception {
		assertThat(get("/api/v1/me", TestKeycloak.accessToken("cd.amsterdam")).statusCode()).isEqualTo(200);
	}

	/**
	 * Security review, item 6: a client that a realm administrator gave the lse-api
	 * audience is still no API client of ours.
	 */
	@Test
	void aTokenOfAnotherClientWithTheApiAudienceIsRefused() throws Exception {
		KeycloakAdmin admin = TestKeycloak.get().admin();
		if (admin.get("/lse/clients?clientId=lse-other-client").isEmpty()) {
			admin.post("/lse/clients",
					Map.of("clientId", "lse-other-client", "publicClient", true, "directAccessGrantsEnabled", true,
							"standardFlowEnabled", false, "protocolMappers",
							List.of(Map.of("name", "audience lse-api", "protocol", "openid-connect", "protocolMapper",
									"oidc-audience-mapper", "config", Map.of("included.client.audience", "lse-api",
											"access.token.claim", "true", "id.token.claim", "false")))));
		}
		HttpResponse<String> token = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(TestKeycloak.get().baseUrl() + "/realms/lse/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("grant_type=password&client_id=lse-other-client&scope=openid%20organization:*"
							+ "&username=cd.amsterdam&password=demo"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		String accessToken = JsonMapper.builder().build().readTree(token.body()).get("access_token").asString();
		Map<String, Object> claims = TestKeycloak.payload(accessToken);
		assertThat(claims).containsEntry("azp", "lse-other-client");
		assertThat(String.valueOf(claims.get("aud"))).contains("lse-api");

		assertThat(get("/api/v1/me", accessToken).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/tenants/gm0363/cases", accessToken).statusCode()).isEqualTo(401);
	}

	@Test
	void anIdTokenIsRefused() throws Exception {
		String idToken = TestKeycloak.tokens("cd.amsterdam").get("id_token").asString();
		assertThat(TestKeycloak.payload(idToken)).containsEntry("typ", "ID");
		assertThat(get("/api/v1/me", idToken).statusCode()).isEqualTo(401);
	}

	@Test
	void aTamperedPayloadIsRefused() throws Exception {
		String[] parts = TestKeycloak.accessToken("cd.amsterdam").split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("cd.amsterdam", "cd.rotterdam")
			.replace("gm0363", "gm0599");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];
		assertThat(get("/api/v1/tenants/gm0599", tampered).statusCode()).isEqualTo(401);
	}

	@Test
	void algNoneIsRefused() throws Exception {
		JWTClaimsSet claims = realClaims();
		assertThat(get("/api/v1/me", new PlainJWT(claims).serialize()).statusCode()).isEqualTo(401);
	}

	@Test
	void hs256KeyedWithThePublicKeyIsRefused() throws Exception {
		RSAKey published = (RSAKey) JWKSet
			.load(java.net.URI.create(TestKeycloak.get().issuer() + "/protocol/openid-connect/certs").toURL())
			.getKeys()
			.stream()
			.filter((key) -> key instanceof RSAKey)
			.findFirst()
			.orElseThrow();
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(published.getKeyID()).build(),
				realClaims());
		forged.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));
		assertThat(get("/api/v1/me", forged.serialize()).statusCode()).isEqualTo(401);
	}

	@Test
	void aKeyKeycloakNeverPublishedIsRefused() throws Exception {
		RSAKey stranger = new RSAKeyGenerator(2048).keyID("not-a-keycloak-key").generate();
		SignedJWT forged = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(stranger.getKeyID()).build(),
				realClaims());
		forged.sign(new RSASSASigner(stranger));
		assertThat(get("/api/v1/me", forged.serialize()).statusCode()).isEqualTo(401);
	}

	private static JWTClaimsSet realClaims() throws java.text.ParseException {
		Map<String, Object> payload = TestKeycloak.payload(TestKeycloak.accessToken("cd.amsterdam"));
		return JWTClaimsSet.parse(payload);
	}

}
