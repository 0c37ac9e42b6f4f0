package nl.lse.platform.audit;

/**
 * How it ended: done, refused, or answered as not found (which may also be a refusal).
 */
public enum AuditOutcome {

	SUCCESS, DENIED, NOT_FOUND

}
