/**
 * The users of a municipality: its case directors and staff, added with the required
 * actions of a first login and removed at once (the gate refuses the municipality from
 * the next request, through {@code platform.membership_revocation}).
 */
@NullMarked
package nl.lse.admin.users;

import org.jspecify.annotations.NullMarked;
