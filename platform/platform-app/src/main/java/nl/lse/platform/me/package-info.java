/**
 * {@code /api/v1/me}: the signed-in caller as the platform sees it.
 */
@NullMarked
package nl.lse.platform.me;

import org.jspecify.annotations.NullMarked;
