package nl.lse.platform.cases;

import nl.lse.platform.casework.CaseRole;

/**
 * What can be done with a case as a whole. All of it is the case director's: the
 * municipality keeps the lead. Whether it can be done now is the case's own rule
 * ({@link Case#allowedActions}); the API lists the allowed ones and the case page offers
 * exactly those.
 */
public enum CaseAction {

	REASSESS, ADD_PERSON, ADD_MEMBER, END_MEMBER, REFER, CLOSE, REOPEN;

	public boolean mayBeDoneBy(CaseRole role) {
		return role == CaseRole.CASE_DIRECTOR;
	}

}
