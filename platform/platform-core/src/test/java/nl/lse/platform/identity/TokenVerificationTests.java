package nl.lse.platform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import nl.lse.platform.tenancy.TenantId;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every rule of token verification, each shown to refuse on its own with keys made here
 * (the same rules against tokens of the real Keycloak are in platform-app's identity
 * tests).
 */
class TokenVerificationTests {

	static final String ISSUER = "http://localhost:8180/realms/lse";

	static final RSAKey KEY = generate("key-1");

	static final RSAKey OTHER_KEY = generate("key-2");

	JwtDecoder decoder = TokenVerification.decoder(
			new IdentityProperties(ISSUER, null, "lse-api", Duration.ofSeconds(30), Duration.ofMillis(500),
					Duration.ofMinutes(10), Duration.ofHours(24), List.of("lse-portal", "lse-demo-cli")),
			new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK())));

	@Test
	void acceptsAWellFormedAccessToken() {
		Jwt jwt = this.decoder.decode(sign(KEY, claims().build()));
		assertThat(jwt.getSubject()).isEqualTo("user-1");
	}

	@Test
	void refusesAlgNone() {
		String token = new PlainJWT(claims().build()).serialize();
		assertThatThrownBy(() -> this.decoder.decode(token)).isInstanceOf(JwtException.class);
	}

	@Test
	void refusesHs256SignedWithThePublicKey() throws Exception {
		byte[] secret = KEY.toPublicJWK().toRSAPublicKey().getEncoded();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build(),
				claims().build());
		jwt.sign(new MACSigner(secret));
		assertThatThrownBy(() -> this.decoder.decode(jwt.serialize())).isInstanceOf(JwtException.class);
	}

	@Test
	void refusesAWrongIssuer() {
		assertRefused(sign(KEY, claims().issuer("http://localhost:8180/realms/other").build()), "iss");
	}

	/** Security review, item 6: the lse-api audience alone does not let any client in. */
	@Test
	void refusesATokenOfAClientNotOnTheAllowList() {
		assertRefused(sign(KEY, claims().claim("azp", "some-other-client").build()), "azp");
		assertRefused(sign(KEY, claims().claim("azp", null).build()), "azp");
	}

	@Test
	void refusesAWrongAudience() {
		assertRefused(sign(KEY, claims().audience("lse-portal").build()), "aud");
	}

	@Test
	void refusesAnExpiredTokenBeyondTheSkew() {
		Instant now = Instant.now();
		assertRefused(sign(KEY,
				claims().issueTime(Date.from(now.minusSeconds(600)))
					.expirationTime(Date.from(now.minusSeconds(31)))
					.build()),
				"expired");
	}

	@Test
	void acceptsATokenJustExpiredWithinTheSkew() {
		Instant now = Instant.now();
		assertThat(this.decoder.decode(sign(KEY,
				claims().issueTime(Date.from(now.minusSeconds(310)))
					.expirationTime(Date.from(now.minusSeconds(10)))
					.build())))
			.isNotNull();
	}

	@Test
	void refusesAnIdToken() {
		assertRefused(sign(KEY, claims().claim("typ", "ID").build()), "typ");
	}

	@Test
	void refusesAnUnknownKeyId() {
		assertThatThrownBy(() -> this.decoder.decode(sign(OTHER_KEY, claims().build())))
			.isInstanceOf(JwtException.class);
	}

	@Test
	void refusesATamperedPayload() {
		String[] parts = sign(KEY, claims().build()).split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("user-1", "user-2");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];
		assertThatThrownBy(() -> this.decoder.decode(tampered)).isInstanceOf(JwtException.class);
	}

	@Test
	void readsMunicipalityRolesOnlyFromTheMunicipalitysOwnEntry() {
		// the shape Keycloak 26.7.3's organization group mapper writes (pinned against
		// the
		// real server in KeycloakClaimShapeIntegrationTests)
		Jwt token = this.decoder.decode(
				sign(KEY,
						claims().claim("realm_access", Map.of("roles", List.of("case-director", "default-roles-lse")))
							.claim("organization", Map.of("gm0193",
									Map.of("groups", List.of("/casusregie"), "realm_access",
											Map.of("roles", List.of("case-director", "second-factor-required"))),
									"gm0599",
									Map.of("groups", List.of("/ketenpartners"), "realm_access",
											Map.of("roles", List.of("chain-partner", "second-factor-required")))))
							.build()));
		LseAuthentication caller = TokenMapping.map(token);
		assertThat(caller.hasIn(TenantId.of("gm0193"), LseRole.CASE_DIRECTOR)).isTrue();
		assertThat(caller.hasIn(TenantId.of("gm0599"), LseRole.CASE_DIRECTOR))
			.as("case-director at the top level is never a municipality right")
			.isFalse();
		assertThat(caller.rolesIn(TenantId.of("gm0599"))).containsExactly(LseRole.CHAIN_PARTNER);
		assertThat(caller.roles()).isEmpty();
	}

	@Test
	void aTopLevelCaseDirectorWithoutTheMunicipalitysEntryGetsNoRightsThere() {
		Jwt asList = this.decoder.decode(sign(KEY,
				claims().claim("realm_access", Map.of("roles", List.of("case-director", "chain-partner")))
					.claim("organization", List.of("gm0363", "gm0599"))
					.build()));
		LseAuthentication caller = TokenMapping.map(asList);
		assertThat(caller.organizations()).containsExactlyInAnyOrder("gm0363", "gm0599");
		assertThat(caller.rolesIn(TenantId.of("gm0599"))).isEmpty();
		assertThat(caller.mayEnter(TenantId.of("gm0599"))).isFalse();
		assertThat(caller.authorities()).isEmpty();
	}

	@Test
	void lseWideRolesCountForMembersOfTheLseOrganizationOnly() {
		Jwt member = this.decoder.decode(sign(KEY,
				claims().claim("realm_access", Map.of("roles", List.of("lse-worker")))
					.claim("organization", Map.of("lse", Map.of()))
					.build()));
		Jwt outsider = this.decoder.decode(sign(KEY,
				claims().claim("realm_access", Map.of("roles", List.of("lse-worker")))
					.claim("organization", Map.of("gm0363", Map.of()))
					.build()));
		assertThat(TokenMapping.map(member).roles()).containsExactly(LseRole.LSE_WORKER);
		assertThat(TokenMapping.map(outsider).roles()).isEmpty();
		assertThat(TokenMapping.map(outsider).mayEnter(TenantId.of("gm0363"))).isFalse();
	}

	private void assertRefused(String token, String reason) {
		assertThatThrownBy(() -> this.decoder.decode(token)).isInstanceOf(JwtException.class)
			.hasMessageContaining(reason);
	}

	private static JWTClaimsSet.Builder claims() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject("user-1")
			.audience(List.of("lse-api", "account"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.jwtID(UUID.randomUUID().toString())
			.claim("typ", "Bearer")
			.claim("azp", "lse-portal")
			.claim("preferred_username", "partner.politie")
			.claim("realm_access", Map.of("roles", List.of("chain-partner", "second-factor-required")));
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey generate(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
