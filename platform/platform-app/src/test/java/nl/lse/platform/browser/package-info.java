/**
 * Browser tests of the tenant portal (the support they share with tenant-admin's is in
 * {@code nl.lse.platform.testing.browser} of platform-core's test jar).
 */
@NullMarked
package nl.lse.platform.browser;

import org.jspecify.annotations.NullMarked;
