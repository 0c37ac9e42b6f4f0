package nl.lse.platform.casework;

import nl.lse.platform.audit.AuditEvent;

/**
 * The caller may see the record but not do this with it: 403, and a denial event written
 * once the refused work has rolled back.
 */
public class NotAllowed extends RuntimeException {

	private final AuditEvent denial;

	public NotAllowed(String message, AuditEvent denial) {
		super(message, null, false, false);
		this.denial = denial;
	}

	public AuditEvent denial() {
		return this.denial;
	}

}
