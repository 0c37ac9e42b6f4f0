package nl.lse.platform.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * "Who saw this case": every event about the case or one of its records, and every list
 * or search that showed it, newest first. Read in the caller's tenant transaction; the
 * caller decides who may see it and records that it was seen.
 */
public class AccessLog {

	private final JdbcOperations jdbc;

	AccessLog(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public Page forCase(UUID caseId, int page, int size) {
		List<Entry> entries = this.jdbc.query("""
				select occurred_at, action, outcome, subject_id, subject_name, subject_role, organisation,
					object_kind, object_id, client_id, purpose
				from audit_event where case_id = ? or listed_case_ids @> array[?]::uuid[]
				order by occurred_at desc, seq desc limit ? offset ?""",
				(rs, row) -> new Entry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
						AuditAction.valueOf(rs.getString("action")), AuditOutcome.valueOf(rs.getString("outcome")),
						rs.getString("subject_id"), rs.getString("subject_name"), rs.getString("subject_role"),
						rs.getString("organisation"), rs.getString("object_kind"),
						rs.getObject("object_id", UUID.class), rs.getString("client_id"), rs.getString("purpose")),
				caseId, caseId, size, (long) page * size);
		Long total = this.jdbc.queryForObject(
				"select count(*) from audit_event where case_id = ? or listed_case_ids @> array[?]::uuid[]", Long.class,
				caseId, caseId);
		return new Page(entries, page, size, (total != null) ? total : 0);
	}

	/** One page of the log. */
	public record Page(List<Entry> entries, int page, int size, long total) {

	}

	/** One access, as shown to the case director and the LSE workers on the case. */
	public record Entry(Instant occurredAt, AuditAction action, AuditOutcome outcome, String subjectId,
			String subjectName, String role, String organisation, @Nullable String objectKind, @Nullable UUID objectId,
			String clientId, @Nullable String purpose) {

	}

}
