/**
 * The tenant portal's pages ({@code /t/{tenant}/...}) and the start page that sends a
 * signed-in user to their municipality.
 */
@NullMarked
package nl.lse.platform.portal;

import org.jspecify.annotations.NullMarked;
