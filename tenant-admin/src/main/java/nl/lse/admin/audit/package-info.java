/**
 * tenant-admin's own access log: every administrator action (who, what, which
 * municipality, when, outcome) in {@code platform.admin_event}, shown on a page and
 * exported as CSV.
 */
@NullMarked
package nl.lse.admin.audit;

import org.jspecify.annotations.NullMarked;
