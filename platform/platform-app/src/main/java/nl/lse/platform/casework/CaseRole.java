package nl.lse.platform.casework;

/**
 * Who the caller is to one case, from their role in this municipality and their sight of
 * the case: what each may do next is decided from this, never from a role or a sight
 * alone.
 */
public enum CaseRole {

	/** The case director: leads every case of the municipality. */
	CASE_DIRECTOR,
	/** An LSE worker on the case. */
	LSE_WORKER,
	/** Municipality staff on the case team. */
	MUNICIPALITY_STAFF,
	/** A chain partner whose organisation is on the case team. */
	CHAIN_PARTNER,
	/** Knows of the case without its content (the LSE coordinator), or not at all. */
	OUTSIDER;

	public static CaseRole of(Caller caller, Sight sight) {
		if (caller.isCaseDirector()) {
			return CASE_DIRECTOR;
		}
		return switch (sight) {
			case LSE -> LSE_WORKER;
			case MUNICIPALITY -> MUNICIPALITY_STAFF;
			case TEAM -> CHAIN_PARTNER;
			case METADATA, NONE -> OUTSIDER;
		};
	}

}
