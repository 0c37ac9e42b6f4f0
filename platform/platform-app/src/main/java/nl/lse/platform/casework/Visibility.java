package nl.lse.platform.casework;

/**
 * Who may see a record (DESIGN.md section 1): the whole case team, chain partners
 * included; the municipality and LSE but not chain partners; LSE workers on the case
 * only.
 */
public enum Visibility {

	TEAM, MUNICIPALITY_AND_LSE, LSE_INTERNAL;

	public boolean visibleTo(Caller caller) {
		return switch (this) {
			case TEAM -> true;
			case MUNICIPALITY_AND_LSE -> caller.isCaseDirector() || caller.isLseWorker();
			case LSE_INTERNAL -> caller.isLseWorker();
		};
	}

}
