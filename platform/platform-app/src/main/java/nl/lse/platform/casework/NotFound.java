package nl.lse.platform.casework;

/**
 * The record does not exist here or the caller may not know of it; both answer the same
 * 404.
 */
public class NotFound extends RuntimeException {

	public NotFound() {
		super("not found", null, false, false);
	}

}
