package nl.lse.platform.central;

import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.staff.LseStaff;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * What the central office shows, from {@code platform} alone: LSE coordinators and LSE
 * workers only; anyone else is answered as if the address did not exist.
 */
@Service
class CentralOffice {

	private final JdbcTemplate jdbc;

	private final TenantCatalog catalog;

	private final Clock clock;

	private final LseStaff staff;

	CentralOffice(JdbcTemplate jdbc, TenantCatalog catalog, Clock clock, LseStaff staff) {
		this.staff = staff;
		this.clock = clock;
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	List<Municipality> municipalities(LseAuthentication caller) {
		requireLse(caller);
		return this.catalog.municipalities()
			.stream()
			.filter((tenant) -> tenant.status() == TenantStatus.ACTIVE || tenant.status() == TenantStatus.SUSPENDED)
			.map((tenant) -> {
				List<int[]> figures = this.jdbc.query(
						"select open_cases, overdue_contacts, unassigned_requests"
								+ " from platform.tenant_caseload where tenant_code = ?",
						(rs, row) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) }, tenant.id().code());
				int[] f = figures.isEmpty() ? new int[3] : figures.get(0);
				return new Municipality(tenant.id().code(), tenant.name(), tenant.status().name(), tenant.maintenance(),
						f[0], f[1], f[2]);
			})
			.toList();
	}

	List<Request> unassigned(LseAuthentication caller) {
		requireRole(caller, LseRole.LSE_COORDINATOR);
		return this.jdbc.query("""
				select r.tenant_code, t.name, r.item_id, r.item_kind, r.service, r.reference, r.since
				from platform.unassigned_request r join platform.tenant t on t.code = r.tenant_code
				where t.status = 'ACTIVE' order by r.since, r.tenant_code""",
				(rs, row) -> new Request(rs.getString("tenant_code"), rs.getString("name"),
						rs.getObject("item_id", UUID.class), rs.getString("item_kind"), rs.getString("service"),
						rs.getString("reference"), rs.getDate("since").toLocalDate()));
	}

	/** The LSE workers to hand work to, by name. */
	List<LseStaff.Worker> workers(LseAuthentication caller) {
		requireRole(caller, LseRole.LSE_COORDINATOR);
		return this.staff.workers();
	}

	List<Meeting> meetings(LseAuthentication caller) {
		requireLse(caller);
		return this.jdbc.query("""
				select id, held_on, region, facilitator, participants, recorded_at from platform.peer_meeting
				order by held_on desc, recorded_at desc limit 200""",
				(rs, row) -> new Meeting(rs.getObject("id", UUID.class), rs.getDate("held_on").toLocalDate(),
						rs.getString("region"), rs.getString("facilitator"), rs.getInt("participants"),
						rs.getObject("recorded_at", OffsetDateTime.class).toInstant()));
	}

	UUID recordMeeting(LocalDate heldOn, String region, String facilitator, int participants,
			LseAuthentication caller) {
		requireLse(caller);
		RuleViolation.check(!heldOn.isAfter(LocalDate.now(this.clock).plusYears(1)), "heldOn",
				"Deze datum ligt te ver in de toekomst.");
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into platform.peer_meeting (id, held_on, region, facilitator, participants,"
						+ " recorded_by) values (?, ?, ?, ?, ?, ?)",
				id, heldOn, region.trim(), facilitator.trim(), participants, caller.subject());
		return id;
	}

	private static void requireLse(LseAuthentication caller) {
		if (!caller.has(LseRole.LSE_COORDINATOR) && !caller.has(LseRole.LSE_WORKER)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static void requireRole(LseAuthentication caller, LseRole role) {
		if (!caller.has(role)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** A municipality with its caseload figures. */
	record Municipality(String code, String name, String status, boolean maintenance, int openCases,
			int overdueContacts, int unassignedRequests) {
	}

	/**
	 * A trajectory or consultation nobody has taken; no content, and a case only by
	 * reference.
	 */
	record Request(String tenant, String municipality, UUID itemId, String itemKind, String service,
			@Nullable String reference, LocalDate since) {
	}

	/**
	 * A peer-contact meeting (lotgenotenbijeenkomst); participants are not listed here.
	 */
	record Meeting(UUID id, LocalDate heldOn, String region, String facilitator, int participants, Instant recordedAt) {
	}

}
