/**
 * The two security chains of the platform app: {@code /api/**} as an OAuth2 resource
 * server, everything else as the portal with OIDC login, sessions in PostgreSQL and
 * Keycloak logout.
 */
@NullMarked
package nl.lse.platform.security;

import org.jspecify.annotations.NullMarked;
