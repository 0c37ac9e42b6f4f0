/**
 * Closing a case when its last consultation and trajectory have closed, and ending the
 * team memberships that closing ends.
 */
@NullMarked
package nl.lse.platform.closure;

import org.jspecify.annotations.NullMarked;
