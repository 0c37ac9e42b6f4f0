package nl.lse.admin.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.AdministratorKeycloak;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.identity.LseRole;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * LSE's own staff, with four eyes: an administrator asks for a person to hold an LSE-wide
 * role (a new account when there is none, a member of the {@code lse} organization,
 * optionally in a team), and another administrator approves; the approval is carried out
 * in Keycloak with the approver's own token, because tenant-admin's service account may
 * not grant these roles (it may map only the municipality roles). The person then holds
 * exactly that LSE-wide role (the others are taken away). Requests are kept in
 * {@code platform.staff_request} as PENDING, APPROVED, REJECTED or FAILED; the database
 * refuses a decision by the requester too.
 */
public class StaffRequests {

	private final JdbcOperations admin;

	private final AdministratorKeycloak administrators;

	private final StaffDirectory directory;

	private final AdminLog log;

	public StaffRequests(JdbcOperations admin, AdministratorKeycloak administrators, StaffDirectory directory,
			AdminLog log) {
		this.admin = admin;
		this.administrators = administrators;
		this.directory = directory;
		this.log = log;
	}

	/** Records the request; its id. */
	public UUID request(NewStaff staff, String requestedBy) {
		UUID id = UUID.randomUUID();
		this.admin.update(
				"insert into platform.staff_request (id, requested_by, email, name, role, team)"
						+ " values (?, ?, ?, ?, ?, ?)",
				id, requestedBy, staff.email().trim(), staff.name().trim(), staff.role().realmRole(), staff.team());
		this.log.record(requestedBy, "STAFF_REQUESTED", null, staff.email(), AdminLog.Outcome.OK,
				staff.role().realmRole() + ((staff.team() != null) ? ", team " + staff.team() : ""));
		return id;
	}

	public List<StaffRequest> pending() {
		return this.admin.query("select * from platform.staff_request where state = 'PENDING' order by requested_at",
				StaffRequests::map);
	}

	public Optional<StaffRequest> find(UUID id) {
		return this.admin.query("select * from platform.staff_request where id = ?", StaffRequests::map, id)
			.stream()
			.findFirst();
	}

	/**
	 * Approves and carries out a pending request as {@code approver}, with their own
	 * token.
	 * @return the request as it ended (APPROVED, or FAILED with the reason)
	 * @throws SameAdministrator when the approver asked for it themselves
	 * @throws NotPending when it was decided already (or does not exist)
	 */
	public StaffRequest approve(UUID id, String approver, String approverToken) {
		StaffRequest request = claim(id, approver, "APPROVED");
		try {
			String userId = this.administrators.as(approverToken, (keycloak) -> carryOut(keycloak, request));
			this.admin.update("update platform.staff_request set user_id = ? where id = ?", userId, id);
			this.log.record(approver, "STAFF_APPROVED", null, request.email(), AdminLog.Outcome.OK,
					request.role() + ", gevraagd door " + request.requestedBy());
		}
		catch (RuntimeException ex) {
			String reason = (ex instanceof IllegalStateException && ex.getMessage() != null) ? ex.getMessage()
					: "Keycloak weigerde of was niet bereikbaar (" + ex.getClass().getSimpleName() + ")";
			this.admin.update("update platform.staff_request set state = 'FAILED', detail = ? where id = ?", reason,
					id);
			this.log.record(approver, "STAFF_APPROVED", null, request.email(), AdminLog.Outcome.FAILED, reason);
			return find(id).orElseThrow();
		}
		try {
			this.directory.syncStaff();
		}
		catch (RuntimeException ex) {
			// the role is granted; the directory catches up at its next sync
			org.slf4j.LoggerFactory.getLogger(StaffRequests.class)
				.warn("The staff directory could not be synced after approving {}: {}", id, ex.toString());
		}
		return find(id).orElseThrow();
	}

	/** Rejects a pending request. */
	public StaffRequest reject(UUID id, String approver) {
		StaffRequest request = claim(id, approver, "REJECTED");
		this.log.record(approver, "STAFF_REJECTED", null, request.email(), AdminLog.Outcome.OK, request.role());
		return find(id).orElseThrow();
	}

	/** Decides the request, once: the update succeeds for one administrator only. */
	private StaffRequest claim(UUID id, String approver, String state) {
		StaffRequest request = find(id).filter((found) -> "PENDING".equals(found.state()))
			.orElseThrow(() -> new NotPending(id));
		if (request.requestedBy().equals(approver)) {
			this.log.record(approver, "STAFF_" + state, null, request.email(), AdminLog.Outcome.REFUSED,
					"door de aanvrager zelf");
			throw new SameAdministrator();
		}
		int decided = this.admin
			.update("update platform.staff_request set state = ?, decided_by = ?, decided_at = statement_timestamp()"
					+ " where id = ? and state = 'PENDING' and requested_by <> ?", state, approver, id, approver);
		if (decided != 1) {
			throw new NotPending(id);
		}
		return request;
	}

	private String carryOut(KeycloakDirectory keycloak, StaffRequest request) {
		String organization = keycloak.organizationByAlias(StaffDirectory.LSE)
			.orElseThrow(() -> new IllegalStateException("Keycloak has no organization lse"));
		String userId = keycloak.ensureStaffUser(request.email(), request.name());
		keycloak.joinOrganization(organization, userId);
		List<String> lseRoles = Arrays.stream(LseRole.values()).map(LseRole::realmRole).toList();
		keycloak.setOnlyRealmRole(userId, request.role(), lseRoles);
		if (request.team() != null) {
			keycloak.moveToGroup(organization, userId, StaffDirectory.TEAM_PREFIX,
					StaffDirectory.TEAM_PREFIX + request.team());
		}
		return userId;
	}

	private static StaffRequest map(ResultSet rs, int row) throws SQLException {
		return new StaffRequest(rs.getObject("id", UUID.class), rs.getTimestamp("requested_at").toInstant(),
				rs.getString("requested_by"), rs.getString("email"), rs.getString("name"), rs.getString("role"),
				rs.getString("team"), rs.getString("state"), rs.getString("user_id"), rs.getString("decided_by"),
				rs.getString("detail"));
	}

	/** A person to hold an LSE-wide role. */
	public record NewStaff(String name, String email, LseRole role, @Nullable String team) {
	}

	/** A request as stored. */
	public record StaffRequest(UUID id, Instant requestedAt, String requestedBy, String email, String name, String role,
			@Nullable String team, String state, @Nullable String userId, @Nullable String decidedBy,
			@Nullable String detail) {
	}

	/** The approver asked for it themselves: a second administrator must decide. */
	public static class SameAdministrator extends RuntimeException {

		SameAdministrator() {
			super("Een tweede beheerder moet dit goedkeuren: u heeft het zelf aangevraagd.");
		}

	}

	/** There is no pending request with that id. */
	public static class NotPending extends RuntimeException {

		NotPending(UUID id) {
			super("Er is geen openstaand verzoek " + id + ".");
		}

	}

}
