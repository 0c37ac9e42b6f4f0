/**
 * Browser test support shared by the apps' browser suites: Debian's headless Chromium,
 * Keycloak's login pages, the two accessibility engines (axe-core and HTML_CodeSniffer)
 * and failure captures.
 */
@NullMarked
package nl.lse.platform.testing.browser;

import org.jspecify.annotations.NullMarked;
