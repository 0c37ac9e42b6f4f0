package nl.lse.platform.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.identity.Subject;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * LSE's workers the platform has seen (platform migration V7): each is recorded, with the
 * name from their token, the first time a day they use the platform. Statements outside
 * any transaction, as the runtime login: {@code platform.lse_staff} belongs to no tenant.
 */
@Component
public class LseStaff {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** Who was recorded today on this replica, so a day costs one write per worker. */
	private final Map<Subject, LocalDate> recorded = new ConcurrentHashMap<>();

	LseStaff(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the caller if they are an LSE worker and were not recorded today. */
	void seen(LseAuthentication caller) {
		if (!caller.has(LseRole.LSE_WORKER) || caller.displayName().isBlank()) {
			return;
		}
		Subject subject = caller.subjectId();
		LocalDate today = LocalDate.now(this.clock);
		if (today.equals(this.recorded.get(subject))) {
			return;
		}
		this.jdbc.update("""
				insert into platform.lse_staff (subject, display_name, last_seen_on) values (?, ?, ?)
				on conflict (subject) do update set display_name = excluded.display_name,
				last_seen_on = excluded.last_seen_on""", subject.value(), caller.displayName().strip(), today);
		this.recorded.put(subject, today);
	}

	/** Every active LSE worker, by name: in the staff directory or seen here. */
	public List<Worker> workers() {
		// the directory also holds coordinators, managers and administrators
		// (tenant-admin's
		// sync), and people who left (inactive); rows only seen here have no role yet
		return this.jdbc.query(
				"select subject, display_name from platform.lse_staff"
						+ " where active and (role is null or role = 'lse-worker') order by display_name, subject",
				(rs, row) -> new Worker(rs.getString("subject"), rs.getString("display_name")));
	}

	/** The worker's name, if they have been seen. */
	public Optional<String> nameOf(Subject subject) {
		return this.jdbc
			.queryForList("select display_name from platform.lse_staff where subject = ?", String.class,
					subject.value())
			.stream()
			.findFirst();
	}

	/**
	 * An LSE worker.
	 *
	 * @param subject their Keycloak id, which the API takes
	 * @param name their name, which people choose by
	 */
	public record Worker(String subject, String name) {
	}

}
