/**
 * LSE beheer in Debian's Chromium: the pages through the real Keycloak login, checked by
 * the portal's two accessibility engines.
 */
@NullMarked
package nl.lse.admin.browser;

import org.jspecify.annotations.NullMarked;
