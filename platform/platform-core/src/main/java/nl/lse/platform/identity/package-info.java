/**
 * Identity: who the caller is (one mapping from a Keycloak access token to an
 * {@link nl.lse.platform.identity.LseAuthentication}, for the API and the portal alike),
 * how tokens are verified, and the tenant gate that decides which municipality a caller
 * may enter.
 */
@NullMarked
package nl.lse.platform.identity;

import org.jspecify.annotations.NullMarked;
