/**
 * The caseload report ({@code caseloadReport}): per municipality and national, per
 * period, open work by service and phase, new and closed, durations, severity and support
 * level, aftercare, handovers, self-referrals and the workload per LSE team.
 */
@NullMarked
package nl.lse.batch.caseload;

import org.jspecify.annotations.NullMarked;
