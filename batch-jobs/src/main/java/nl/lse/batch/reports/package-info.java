/**
 * What every report job shares: the period, the run and its stored figures in
 * {@code platform} (written outside any tenant, switched in one transaction), exact
 * percentiles from histograms, the launcher (one instance per job and period, behind a
 * lock) and the command line.
 */
@NullMarked
package nl.lse.batch.reports;

import org.jspecify.annotations.NullMarked;
