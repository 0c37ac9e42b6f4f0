/**
 * The handover report ({@code handoverReport}): handovers completed and to whom, the time
 * to an accepted handover, handovers waiting too long, aftercare started and ended, and
 * cases closed without a handover, per municipality and nationally.
 */
@NullMarked
package nl.lse.batch.handover;

import org.jspecify.annotations.NullMarked;
