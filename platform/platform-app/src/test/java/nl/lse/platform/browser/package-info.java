/**
 * Browser tests of the tenant portal: headless Chromium, axe-core checks and failure
 * captures.
 */
@NullMarked
package nl.lse.platform.browser;

import org.jspecify.annotations.NullMarked;
