package nl.lse.platform.casework;

/**
 * How much of one case a caller may see (docs/access.md), from nothing to everything.
 * Decided by {@code CasePolicy}, the one place of these rules.
 */
public enum Sight {

	/** May not know the case exists: 404. */
	NONE,
	/** The LSE coordinator: case metadata (reference, severity, phase), no content. */
	METADATA,
	/** A chain partner whose organisation is on the team: {@code TEAM} records only. */
	TEAM,
	/**
	 * The case director, municipality staff on the team: all but LSE-internal records.
	 */
	MUNICIPALITY,
	/** An LSE worker on the team: every record. */
	LSE;

	public boolean knowsOf() {
		return this != NONE;
	}

	public boolean seesContent() {
		return compareTo(TEAM) >= 0;
	}

}
