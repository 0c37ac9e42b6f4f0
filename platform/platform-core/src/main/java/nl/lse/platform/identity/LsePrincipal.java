package nl.lse.platform.identity;

/**
 * A principal that carries the caller as the platform sees it (the portal's OIDC user).
 */
public interface LsePrincipal {

	LseAuthentication lseAuthentication();

	/**
	 * The {@code iat} of the token the caller was mapped from (Keycloak's clock);
	 * {@code null} if unknown.
	 */
	default java.time.@org.jspecify.annotations.Nullable Instant tokenSignedAt() {
		return null;
	}

}
