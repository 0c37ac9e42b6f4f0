package nl.lse.platform.worklists;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a work list: a trajectory or a consultation with its case's metadata; no
 * content.
 *
 * @param supportEndsOn when a trajectory's support is planned to end
 * @param supportOverdue whether it is in support past that date
 */
record WorkItem(UUID itemId, String itemKind, String service, String phase, @Nullable UUID caseId,
		@Nullable String reference, @Nullable Integer severity, @Nullable String supportLevel,
		@Nullable String lseWorker, int overdueContacts, @Nullable LocalDate nextDueOn, @Nullable LocalDate since,
		@Nullable LocalDate supportEndsOn, boolean supportOverdue) {

	/** Whether there is still work to hand out (not closed). */
	public boolean isOpen() {
		return !"CLOSED".equals(this.phase);
	}

}
