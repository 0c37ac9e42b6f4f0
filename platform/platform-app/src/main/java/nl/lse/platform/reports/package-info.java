/**
 * The management reports' pages ({@code /reports}): the figures batch-jobs stored in
 * {@code platform}, shown per audience (LSE management and coordinators nationally and
 * per municipality, a case director their own municipality) after disclosure control, as
 * HTML with charts, CSV and PDF; every view and download is in the audit trail.
 */
@NullMarked
package nl.lse.platform.reports;

import org.jspecify.annotations.NullMarked;
