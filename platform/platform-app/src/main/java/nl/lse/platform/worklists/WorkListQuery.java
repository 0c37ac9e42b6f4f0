package nl.lse.platform.worklists;

import org.jspecify.annotations.Nullable;

/**
 * One work list request.
 *
 * @param list my work, unassigned requests, or all the role may see
 * @param service {@code FAMILY_SUPPORT}, {@code INDIVIDUAL_GUIDANCE} or
 * {@code CONSULTATION}
 * @param phase a trajectory phase or consultation status
 * @param severity 1 to 4
 * @param overdue only items with overdue aftercare contacts
 * @param waitingForHandover only trajectories in handover
 * @param reference the start of a case reference
 * @param sort the order
 * @param page from 0
 * @param size items per page
 */
record WorkListQuery(WorkList list, @Nullable String service, @Nullable String phase, @Nullable Integer severity,
		boolean overdue, boolean waitingForHandover, @Nullable String reference, Sort sort, int page, int size) {

	/** Which list. */
	enum WorkList {

		MINE, UNASSIGNED, ALL

	}

	/**
	 * Which order: case reference, severity (highest first), next due date, newest first.
	 */
	enum Sort {

		REFERENCE, SEVERITY, DUE, SINCE

	}

}
