package nl.lse.platform.audit;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What happened to which object, as case work code reports it; who did it and from where
 * is added by {@link AuditTrail}. Ids and codes only.
 *
 * @param action what was done
 * @param outcome how it ended
 * @param objectKind the kind of record
 * @param objectId the record, when there is one
 * @param caseId the case the record belongs to, so that "who saw this case" finds it
 * @param listedCaseIds every case shown by a list or search
 * @param purpose purpose code where the action needs one (an export, the access log)
 */
public record AuditEvent(AuditAction action, AuditOutcome outcome, @Nullable AuditObject objectKind,
		@Nullable UUID objectId, @Nullable UUID caseId, List<UUID> listedCaseIds, @Nullable String purpose) {

	private static final Pattern CODE = Pattern.compile("[A-Z_]{1,40}");

	/** More would not fit one event; lists are paginated well below it. */
	public static final int MAX_LISTED = 1000;

	public AuditEvent {
		listedCaseIds = List.copyOf(listedCaseIds);
		if (purpose != null && !CODE.matcher(purpose).matches()) {
			throw new IllegalArgumentException("purpose must be a code: " + purpose);
		}
		if (listedCaseIds.size() > MAX_LISTED) {
			throw new IllegalArgumentException("at most " + MAX_LISTED + " listed cases per event");
		}
	}

	public static AuditEvent of(AuditAction action, AuditObject objectKind, UUID objectId, @Nullable UUID caseId) {
		return new AuditEvent(action, AuditOutcome.SUCCESS, objectKind, objectId, caseId, List.of(), null);
	}

	public static AuditEvent search(AuditObject objectKind, List<UUID> listedCaseIds) {
		return new AuditEvent(AuditAction.SEARCH, AuditOutcome.SUCCESS, objectKind, null, null, listedCaseIds, null);
	}

	/**
	 * A refusal of a record the caller may not know of: recorded as a not-found denial.
	 */
	public static AuditEvent denied(AuditObject objectKind, UUID objectId) {
		return new AuditEvent(AuditAction.DENY, AuditOutcome.NOT_FOUND, objectKind, objectId,
				(objectKind == AuditObject.CASE) ? objectId : null, List.of(), null);
	}

	/** A refusal of something the caller may see but not do. */
	public static AuditEvent refused(AuditObject objectKind, @Nullable UUID objectId, @Nullable UUID caseId) {
		return new AuditEvent(AuditAction.DENY, AuditOutcome.DENIED, objectKind, objectId, caseId, List.of(), null);
	}

	public AuditEvent withPurpose(String purpose) {
		return new AuditEvent(this.action, this.outcome, this.objectKind, this.objectId, this.caseId,
				this.listedCaseIds, purpose);
	}

}
