package nl.lse.platform.identity;

/**
 * A principal that carries the caller as the platform sees it (the portal's OIDC user).
 */
public interface LsePrincipal {

	LseAuthentication lseAuthentication();

}
