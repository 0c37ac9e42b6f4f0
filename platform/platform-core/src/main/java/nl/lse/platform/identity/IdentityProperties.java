package nl.lse.platform.identity;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are verified.
 *
 * @param issuer the {@code iss} of realm {@code lse}, e.g.
 * {@code http://localhost:8180/realms/lse}
 * @param jwkSetUri where the signing keys are fetched; by default the issuer's certs
 * endpoint
 * @param audience the audience every API token must carry
 * @param clockSkew tolerance on expiry and not-before
 * @param jwksTimeout connect and read timeout of a JWKS fetch: no request waits longer
 * @param jwksTimeToLive how long fetched keys are cached before a refresh
 * @param jwksOutageTolerance how long cached keys keep working while Keycloak is
 * unreachable
 * @param clients the clients whose tokens are accepted ({@code azp}): the audience alone
 * would let in any client that a realm administrator gives the {@code lse-api} audience
 */
@ConfigurationProperties("lse.identity")
public record IdentityProperties(@Nullable String issuer, @Nullable String jwkSetUri,
		@DefaultValue("lse-api") String audience, @DefaultValue("30s") Duration clockSkew,
		@DefaultValue("500ms") Duration jwksTimeout, @DefaultValue("10m") Duration jwksTimeToLive,
		@DefaultValue("24h") Duration jwksOutageTolerance, @DefaultValue("lse-portal") List<String> clients) {

	public String effectiveJwkSetUri() {
		return (this.jwkSetUri != null && !this.jwkSetUri.isBlank()) ? this.jwkSetUri
				: this.issuer + "/protocol/openid-connect/certs";
	}

}
