package nl.lse.platform.identity;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies Keycloak access tokens: RS256 only (so neither {@code none} nor an HMAC signed
 * with the public key passes), the realm's issuer, audience {@code lse-api}, a client
 * ({@code azp}) on the allow-list {@code lse.identity.clients}, claim {@code typ}
 * {@code Bearer} (a Keycloak ID token says {@code ID}), expiry with a small skew. Keys
 * come from a JWKS source that caches, refreshes ahead in the background, limits
 * refetches for unknown key ids, gives up on Keycloak within the timeout, and keeps using
 * cached keys through an outage.
 */
public final class TokenVerification {

	private TokenVerification() {
	}

	public static JwtDecoder decoder(IdentityProperties properties) {
		return decoder(properties, jwkSource(properties));
	}

	public static JwtDecoder decoder(IdentityProperties properties, JWKSource<SecurityContext> keys) {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
		processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
		processor.setJWTClaimsSetVerifier((claims, context) -> {
			// the claims are checked by the validators below, with readable errors
		});
		NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
		decoder.setJwtValidator(validator(properties));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(IdentityProperties properties) {
		if (properties.issuer() == null || properties.issuer().isBlank()) {
			throw new IllegalStateException("lse.identity.issuer is not set");
		}
		String audience = properties.audience();
		List<String> clients = List.copyOf(properties.clients());
		return new DelegatingOAuth2TokenValidator<>(
				List.of(new JwtTimestampValidator(properties.clockSkew()), new JwtIssuerValidator(properties.issuer()),
						new JwtClaimValidator<List<String>>("aud", (aud) -> aud != null && aud.contains(audience)),
						new JwtClaimValidator<String>("typ", "Bearer"::equals),
						new JwtClaimValidator<String>("azp", (azp) -> azp != null && clients.contains(azp)),
						new JwtClaimValidator<Object>("exp", (exp) -> exp != null)));
	}

	static JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
		int timeout = (int) properties.jwksTimeout().toMillis();
		try {
			return JWKSourceBuilder
				.<SecurityContext>create(URI.create(properties.effectiveJwkSetUri()).toURL(),
						new DefaultResourceRetriever(timeout, timeout, 256 * 1024))
				.cache(properties.jwksTimeToLive().toMillis(), timeout)
				.refreshAheadCache(60_000, true)
				.rateLimited(10_000)
				.outageTolerant(properties.jwksOutageTolerance().toMillis())
				.retrying(false)
				.build();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException("Invalid JWKS URI " + properties.effectiveJwkSetUri(), ex);
		}
	}

}
