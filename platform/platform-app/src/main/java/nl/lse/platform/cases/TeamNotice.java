package nl.lse.platform.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice to a case's team (bericht aan het team): consent was withdrawn or the
 * commission of a trajectory was, and what it meant for LSE's work.
 *
 * @param caseId the case
 * @param reference the case's reference, to name it in a list
 * @param kind what happened
 * @param trajectoryEnded whether LSE's trajectory ended with it (otherwise it goes on, or
 * LSE hands it back through a handover)
 * @param occurredAt when
 */
public record TeamNotice(UUID caseId, String reference, Kind kind, boolean trajectoryEnded, Instant occurredAt) {

	/** What the team is told about. */
	public enum Kind {

		CONSENT_WITHDRAWN, COMMISSION_WITHDRAWN

	}

}
