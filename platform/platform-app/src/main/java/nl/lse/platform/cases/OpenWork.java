package nl.lse.platform.cases;

import java.util.UUID;

/**
 * Whether LSE still has open work on a case (a trajectory or consultation that has not
 * closed): the case director closes a case only when it has none. Answered by the module
 * that knows LSE's work, so that cases need not know trajectories or consultations.
 */
public interface OpenWork {

	boolean onCase(UUID caseId);

}
