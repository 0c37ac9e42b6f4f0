package nl.lse.platform.audit;

/** What was done with case data (NEN 7513 "actie"). */
public enum AuditAction {

	READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT, DENY

}
