/**
 * The platform app. Features live in their own packages below this one; tenancy and
 * settings come from platform-core.
 */
@NullMarked
package nl.lse.platform;

import org.jspecify.annotations.NullMarked;
