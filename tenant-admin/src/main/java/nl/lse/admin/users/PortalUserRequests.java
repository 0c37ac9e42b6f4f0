package nl.lse.admin.users;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.admin.identity.NotAMunicipalAccount;
import nl.lse.admin.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Carries out what a municipality's case director asks for in the portal
 * ({@code platform.user_request}: add a case director or staff member, take someone out),
 * because the portal holds no Keycloak admin credentials. Each request is taken first
 * (state WORKING, so one replica carries it out; one left WORKING for 5 minutes by a
 * replica that stopped is taken again, and the work is idempotent), the requester is
 * checked in Keycloak to be a case director of that municipality now (the portal checked
 * it too, but its word is not enough for Keycloak work), the work is done as an
 * administrator's would be ({@link MunicipalUsers}, so the revocation, the admin log and
 * the directory follow), and the outcome is written back in Dutch for the portal's page.
 * Woken by the portal's NOTIFY on channel {@code lse_user_request} (platform V15), and it
 * looks every 30 seconds anyway.
 */
public class PortalUserRequests {

	private static final Logger log = LoggerFactory.getLogger(PortalUserRequests.class);

	private final JdbcTemplate admin;

	private final DataSource adminDataSource;

	private final MunicipalUsers users;

	private final KeycloakDirectory keycloak;

	private final StaffDirectory directory;

	private @Nullable Connection listening;

	public PortalUserRequests(DataSource adminDataSource, MunicipalUsers users, KeycloakDirectory keycloak,
			StaffDirectory directory) {
		this.admin = new JdbcTemplate(adminDataSource);
		this.adminDataSource = adminDataSource;
		this.users = users;
		this.keycloak = keycloak;
		this.directory = directory;
	}

	/** Carries out every pending request; how many. */
	public int processPending() {
		List<UUID> pending = this.admin.queryForList(
				"""
						select id from platform.user_request
						where state = 'PENDING' or (state = 'WORKING' and taken_at < statement_timestamp() - interval '5 minutes')
						order by requested_at limit 100""",
				UUID.class);
		int done = 0;
		for (UUID id : pending) {
			if (process(id).isPresent()) {
				done++;
			}
		}
		return done;
	}

	/**
	 * Waits up to {@code millis} for the portal's NOTIFY, then carries out what is
	 * pending if it was woken. The listening connection is kept between calls.
	 */
	public void listen(int millis) throws SQLException {
		try {
			if (this.listening == null || this.listening.isClosed()) {
				Connection connection = this.adminDataSource.getConnection();
				new JdbcTemplate(new SingleConnectionDataSource(connection, true)).execute("listen lse_user_request");
				this.listening = connection;
			}
			PGNotification[] woken = this.listening.unwrap(PGConnection.class).getNotifications(millis);
			if (woken != null && woken.length > 0) {
				processPending();
			}
		}
		catch (SQLException ex) {
			close();
			throw ex;
		}
	}

	public void close() {
		Connection connection = this.listening;
		this.listening = null;
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				log.debug("Closing the listening connection failed", ex);
			}
		}
	}

	/**
	 * One request, outside any transaction (the revocation must be visible before
	 * Keycloak is asked); the municipality when this replica took it.
	 */
	private Optional<String> process(UUID id) {
		List<Map<String, Object>> rows = this.admin.queryForList("""
				update platform.user_request set state = 'WORKING', taken_at = statement_timestamp()
				where id = ? and (state = 'PENDING'
					or (state = 'WORKING' and taken_at < statement_timestamp() - interval '5 minutes'))
				returning *""", id);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> request = rows.get(0);
		String code = (String) request.get("tenant_code");
		String requester = (String) request.get("requested_by");
		String actor = request.get("requested_by_name") + " (casusregisseur, via het portaal)";
		String state;
		String outcome;
		String userId = (String) request.get("user_id");
		try {
			if (!isCaseDirector(code, requester)) {
				state = "REFUSED";
				outcome = "De aanvrager is geen casusregisseur van deze gemeente (meer).";
			}
			else if ("ADD".equals(request.get("action"))) {
				NewMunicipalUser user = new NewMunicipalUser((String) request.get("name"),
						(String) request.get("email"), MunicipalRole.valueOf((String) request.get("role")));
				Optional<String> added = this.users.add(code, user, actor);
				state = added.isPresent() ? "DONE" : "REFUSED";
				outcome = added.isPresent() ? user.email() + " is toegevoegd en krijgt een uitnodiging."
						: "Deze gemeente is niet (meer) aangesloten.";
				userId = added.orElse(null);
			}
			else {
				boolean removed = this.users.remove(code, userId, actor);
				state = removed ? "DONE" : "REFUSED";
				outcome = removed ? "De gebruiker is uit de gemeente gehaald; de toegang is weg."
						: "Deze gebruiker hoort niet (meer) bij de gemeente.";
			}
		}
		catch (NotAMunicipalAccount ex) {
			state = "REFUSED";
			outcome = ex.getMessage();
		}
		catch (RuntimeException ex) {
			log.warn("Portal request {} for {} failed", id, code, ex);
			state = "FAILED";
			outcome = "Het lukte nu niet (" + ex.getClass().getSimpleName() + "); dien het verzoek opnieuw in.";
		}
		// the portal's list shows the change by the time the outcome does
		try {
			this.directory.syncMunicipality(code);
		}
		catch (RuntimeException ex) {
			log.warn("The directory of {} could not be synced after a portal request: {}", code, ex.toString());
		}
		// only while this replica still holds it (one that took it over after 5 minutes
		// decides)
		this.admin.update(
				"update platform.user_request set state = ?, outcome = ?, user_id = ?,"
						+ " done_at = statement_timestamp() where id = ? and state = 'WORKING' and taken_at = ?",
				state, outcome, userId, id, request.get("taken_at"));
		log.info("Portal request {} for {}: {}", id, code, state);
		return Optional.of(code);
	}

	private boolean isCaseDirector(String code, String subject) {
		return this.keycloak.organizationByAlias(code)
			.map((organization) -> this.keycloak.membersByGroup(organization)
				.getOrDefault(MunicipalRole.CASE_DIRECTOR.group(), List.of())
				.stream()
				.anyMatch((member) -> subject.equals(member.getId())))
			.orElse(false);
	}

}
