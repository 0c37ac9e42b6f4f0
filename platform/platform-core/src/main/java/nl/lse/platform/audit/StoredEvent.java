package nl.lse.platform.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;

/**
 * One row of a tenant's {@code audit_event}, exactly as stored, for sealing and checking.
 */
record StoredEvent(long seq, UUID id, String tx, Instant occurredAt, String action, String outcome, String subjectId,
		String subjectName, String subjectRole, String organisation, @Nullable String objectKind,
		@Nullable UUID objectId, @Nullable UUID caseId, List<UUID> listedCaseIds, @Nullable String purpose,
		String clientId, @Nullable String sourceAddress) {

	static final RowMapper<StoredEvent> MAPPER = StoredEvent::map;

	private static StoredEvent map(ResultSet rs, int row) throws SQLException {
		return new StoredEvent(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getString("tx"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("action"),
				rs.getString("outcome"), rs.getString("subject_id"), rs.getString("subject_name"),
				rs.getString("subject_role"), rs.getString("organisation"), rs.getString("object_kind"),
				rs.getObject("object_id", UUID.class), rs.getObject("case_id", UUID.class),
				uuids(rs.getArray("listed_case_ids")), rs.getString("purpose"), rs.getString("client_id"),
				address(rs.getString("source_address")));
	}

	/** {@code inet} prints a host address without its mask; a network keeps it. */
	private static @Nullable String address(@Nullable String inet) {
		return (inet != null && (inet.endsWith("/32") || inet.endsWith("/128"))) ? inet.substring(0, inet.indexOf('/'))
				: inet;
	}

	private static List<UUID> uuids(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
	}

	/** The chain order: transaction id (as a number), then sequence within it. */
	int compareOrder(StoredEvent other) {
		int byTx = Long.compareUnsigned(Long.parseUnsignedLong(this.tx), Long.parseUnsignedLong(other.tx));
		return (byTx != 0) ? byTx : Long.compare(this.seq, other.seq);
	}

}
