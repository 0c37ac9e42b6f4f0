package nl.lse.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * The head of one tenant's chain in {@code platform.audit_chain}: how many events are
 * sealed, the last hash, and the (tx, seq) of the last sealed event.
 */
record ChainHead(long position, byte[] hash, @Nullable String lastTx, @Nullable Long lastSeq) {

	/** The stored head, or the start of a chain that has no seal yet. */
	static ChainHead current(JdbcOperations jdbc, TenantId tenant) {
		return find(jdbc, tenant).orElseGet(() -> new ChainHead(0, ChainHash.genesis(tenant), null, null));
	}

	static Optional<ChainHead> find(JdbcOperations jdbc, TenantId tenant) {
		return jdbc
			.query("select position, head_hash, last_tx::text as last_tx, last_seq from platform.audit_chain"
					+ " where tenant_code = ?", ChainHead::map, tenant.code())
			.stream()
			.findFirst();
	}

	private static ChainHead map(ResultSet rs, int row) throws SQLException {
		long seq = rs.getLong("last_seq");
		boolean noSeq = rs.wasNull();
		return new ChainHead(rs.getLong("position"), rs.getBytes("head_hash"), rs.getString("last_tx"),
				noSeq ? null : seq);
	}

}
