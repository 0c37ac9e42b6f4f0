package nl.lse.platform.casework;

/** The change was based on an older version of the record: 409. */
public class StaleVersion extends RuntimeException {

	public StaleVersion() {
		super("stale version", null, false, false);
	}

	public static void check(long expected, long actual) {
		if (expected != actual) {
			throw new StaleVersion();
		}
	}

}
