package nl.lse.platform.casework;

import nl.lse.platform.audit.AuditEvent;

/**
 * The record does not exist here or the caller may not know of it; both answer the same
 * 404. The denial event is written once the refused work has rolled back and let go of
 * its connection.
 */
public class NotFound extends RuntimeException {

	private final AuditEvent denial;

	public NotFound(AuditEvent denial) {
		super("not found", null, false, false);
		this.denial = denial;
	}

	public AuditEvent denial() {
		return this.denial;
	}

}
