package nl.lse.admin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Records what administrators do in tenant-admin, append-only
 * ({@code platform.admin_event}; the admin login may insert and read, never change or
 * delete).
 */
public class AdminLog {

	private final JdbcOperations admin;

	public AdminLog(JdbcOperations admin) {
		this.admin = admin;
	}

	public void record(String actor, String action, @Nullable String tenant, @Nullable String target, Outcome outcome,
			@Nullable String detail) {
		this.admin.update(
				"insert into platform.admin_event (actor, action, tenant_code, target, outcome, detail)"
						+ " values (?, ?, ?, ?, ?, ?)",
				actor, action, tenant, target, outcome.name(),
				(detail != null && detail.length() > 500) ? detail.substring(0, 500) : detail);
	}

	/** The latest events, newest first. */
	public List<Entry> latest(int limit) {
		return this.admin.query(
				"select id, occurred_at, actor, action, tenant_code, target, outcome, detail"
						+ " from platform.admin_event order by occurred_at desc, id desc limit ?",
				AdminLog::map, limit);
	}

	private static Entry map(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("tenant_code"), rs.getString("target"),
				Outcome.valueOf(rs.getString("outcome")), rs.getString("detail"));
	}

	/** How an action ended. */
	public enum Outcome {

		OK, REFUSED, FAILED

	}

	/** One recorded action. */
	public record Entry(long id, Instant occurredAt, String actor, String action, @Nullable String tenant,
			@Nullable String target, Outcome outcome, @Nullable String detail) {
	}

}
