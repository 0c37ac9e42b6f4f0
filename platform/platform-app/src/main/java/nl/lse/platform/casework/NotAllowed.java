package nl.lse.platform.casework;

/** The caller may see the record but not do this with it: 403. */
public class NotAllowed extends RuntimeException {

	public NotAllowed(String message) {
		super(message, null, false, false);
	}

}
