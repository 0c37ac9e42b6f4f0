/**
 * The tenant-admin app (LSE beheer). Features live in their own packages below this one.
 */
@NullMarked
package nl.lse.admin;

import org.jspecify.annotations.NullMarked;
