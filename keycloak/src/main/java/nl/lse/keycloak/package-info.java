/**
 * Running Keycloak from the distribution on Maven Central: the launcher (local runs and
 * tests), the admin REST calls it needs, and the demo overlay.
 */
@NullMarked
package nl.lse.keycloak;

import org.jspecify.annotations.NullMarked;
