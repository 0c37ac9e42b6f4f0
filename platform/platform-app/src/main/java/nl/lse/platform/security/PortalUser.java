package nl.lse.platform.security;

import java.time.Instant;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LsePrincipal;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The portal's signed-in user: the OIDC user with the platform's view of the caller. */
class PortalUser extends DefaultOidcUser implements LsePrincipal {

	private final LseAuthentication caller;

	private final Instant tokenIssuedAt;

	private final Instant tokenExpiresAt;

	private final Instant tokenSignedAt;

	PortalUser(OidcUser user, LseAuthentication caller, Instant tokenIssuedAt, Instant tokenExpiresAt) {
		this(user, caller, tokenIssuedAt, tokenExpiresAt, tokenIssuedAt);
	}

	/**
	 * @param tokenSignedAt the access token's {@code iat} (Keycloak's clock), for the
	 * gate's revocation check
	 */
	PortalUser(OidcUser user, LseAuthentication caller, Instant tokenIssuedAt, Instant tokenExpiresAt,
			Instant tokenSignedAt) {
		super(caller.authorities(), user.getIdToken(), user.getUserInfo());
		this.caller = caller;
		this.tokenIssuedAt = tokenIssuedAt;
		this.tokenExpiresAt = tokenExpiresAt;
		this.tokenSignedAt = tokenSignedAt;
	}

	@Override
	public Instant tokenSignedAt() {
		return this.tokenSignedAt;
	}

	/** When the portal received the access token this view was mapped from. */
	Instant tokenIssuedAt() {
		return this.tokenIssuedAt;
	}

	/** When that access token expires: past it (and the skew) this view is stale. */
	Instant tokenExpiresAt() {
		return this.tokenExpiresAt;
	}

	@Override
	public LseAuthentication lseAuthentication() {
		return this.caller;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
