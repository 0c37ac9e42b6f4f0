package nl.lse.platform.audit;

/**
 * The kinds of record an audit event can be about; stored as their name in
 * {@code audit_event.object_kind}, so a name never changes once used.
 */
public enum AuditObject {

	/** A case (casus). */
	CASE,
	/** The case team: a membership of someone on a case. */
	CASE_TEAM,
	/** A person of a case. */
	PERSON,
	/** A signal (signaal) before triage. */
	SIGNAL,
	/** A consultation (consultatie) request. */
	CONSULTATION,
	/** A trajectory (family support or individual guidance). */
	TRAJECTORY,
	/** A consent recorded on a trajectory. */
	CONSENT,
	/** A contact of a trajectory. */
	CONTACT,
	/** The contact log of a trajectory, read as a list. */
	CONTACT_LOG,
	/** An action plan (plan van aanpak). */
	ACTION_PLAN,
	/** An aftercare contact. */
	AFTERCARE_CONTACT,
	/** A work list entry (trajectory or consultation in a list). */
	WORK_ITEM,
	/** The access log of a case, read. */
	ACCESS_LOG,
	/** A setting of the municipality. */
	SETTING,
	/** A chain partner's affiliation with a partner organisation. */
	PARTNER_AFFILIATION,
	/** A self-referral (zelfmelding) in LSE's own records. */
	SELF_REFERRAL,
	/**
	 * A user of the municipality, added or removed at its case director's request
	 * (carried out by tenant-admin).
	 */
	MUNICIPAL_USER,
	/** A management report (rapportage), viewed or downloaded; its figures are counts. */
	REPORT;

}
