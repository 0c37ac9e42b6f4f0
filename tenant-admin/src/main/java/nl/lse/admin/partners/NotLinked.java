package nl.lse.admin.partners;

/** A partner user invited into a municipality their organisation does not serve. */
public class NotLinked extends RuntimeException {

	public NotLinked(String message) {
		super(message);
	}

}
