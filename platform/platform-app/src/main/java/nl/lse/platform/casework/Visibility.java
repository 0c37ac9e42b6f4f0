package nl.lse.platform.casework;

/**
 * Who may see a record (docs/access.md): the whole case team, chain partners included;
 * the municipality and LSE but not chain partners; LSE workers on the case only.
 */
public enum Visibility {

	TEAM, MUNICIPALITY_AND_LSE, LSE_INTERNAL;

	public boolean visibleAt(Sight sight) {
		return switch (this) {
			case TEAM -> sight.seesContent();
			case MUNICIPALITY_AND_LSE -> sight == Sight.MUNICIPALITY || sight == Sight.LSE;
			case LSE_INTERNAL -> sight == Sight.LSE;
		};
	}

}
