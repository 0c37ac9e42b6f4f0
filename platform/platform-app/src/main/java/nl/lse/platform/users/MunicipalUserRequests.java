package nl.lse.platform.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A municipality's users as its case director sees them (the e-mail addresses per role
 * from {@code platform.municipal_contact}, which tenant-admin keeps in step with
 * Keycloak) and their requests in {@code platform.user_request}, which tenant-admin
 * carries out. Both tables belong to no tenant: they are read and written outside the
 * tenant transaction, as the runtime login; the request is recorded in the municipality's
 * audit trail first, inside it.
 */
@Component
public class MunicipalUserRequests {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final TenantTransactions tenants;

	MunicipalUserRequests(JdbcTemplate jdbc, AuditTrail audit, TenantTransactions tenants) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.tenants = tenants;
	}

	/** Who works in the municipality, by role and e-mail address. */
	public List<MunicipalUser> users(TenantId tenant) {
		return this.jdbc.query("""
				select subject, email, role from platform.municipal_contact
				where tenant_code = ? and role in ('case-director', 'municipality-staff')
				order by role, email""",
				(rs, row) -> new MunicipalUser(rs.getString("subject"), rs.getString("email"), rs.getString("role")),
				tenant.code());
	}

	/** The latest requests of the municipality, newest first. */
	public List<Request> recent(TenantId tenant) {
		return this.jdbc.query(
				"select * from platform.user_request where tenant_code = ? order by requested_at desc limit 20",
				MunicipalUserRequests::map, tenant.code());
	}

	/** Asks tenant-admin to add the person; the request's id. */
	public UUID add(TenantId tenant, Caller caller, String name, String email, String role) {
		UUID id = UUID.randomUUID();
		audited(tenant, id, AuditAction.CREATE);
		this.jdbc.update("""
				insert into platform.user_request (id, tenant_code, requested_by, requested_by_name, action, name,
				email, role) values (?, ?, ?, ?, 'ADD', ?, ?, ?)""", id, tenant.code(), caller.subject().value(),
				caller.displayName(), name, email, role);
		return id;
	}

	/**
	 * Asks tenant-admin to take a user out of the municipality.
	 * @throws NotFound when they are not one of its users (nothing is said about who they
	 * are)
	 * @throws RemovingYourself when the case director names themselves
	 */
	public UUID remove(TenantId tenant, Caller caller, String userId) {
		if (users(tenant).stream().noneMatch((user) -> user.id().equals(userId))) {
			throw new NotFound(AuditEvent.denied(AuditObject.MUNICIPAL_USER, asUuid(userId)));
		}
		if (caller.subject().value().equals(userId)) {
			throw new RemovingYourself();
		}
		UUID id = UUID.randomUUID();
		audited(tenant, id, AuditAction.DELETE);
		this.jdbc.update("""
				insert into platform.user_request (id, tenant_code, requested_by, requested_by_name, action, user_id)
				values (?, ?, ?, ?, 'REMOVE', ?)""", id, tenant.code(), caller.subject().value(), caller.displayName(),
				userId);
		return id;
	}

	public Optional<Request> find(UUID id) {
		return this.jdbc.query("select * from platform.user_request where id = ?", MunicipalUserRequests::map, id)
			.stream()
			.findFirst();
	}

	private void audited(TenantId tenant, UUID requestId, AuditAction action) {
		this.tenants.inTenant(tenant,
				(status) -> this.audit.record(AuditEvent.of(action, AuditObject.MUNICIPAL_USER, requestId, null)));
	}

	/** Keycloak's user ids are UUIDs; anything else names nobody. */
	private static UUID asUuid(String userId) {
		try {
			return UUID.fromString(userId);
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}

	private static Request map(ResultSet rs, int row) throws SQLException {
		return new Request(rs.getObject("id", UUID.class),
				rs.getTimestamp("requested_at").toInstant().atZone(AMSTERDAM), rs.getString("requested_by_name"),
				rs.getString("action"), rs.getString("email"), rs.getString("role"), rs.getString("state"),
				rs.getString("outcome"));
	}

	/** One of the municipality's users. */
	public record MunicipalUser(String id, String email, String role) {
	}

	/** A request and, once tenant-admin has carried it out, how it ended. */
	public record Request(UUID id, ZonedDateTime requestedAt, String requestedBy, String action, @Nullable String email,
			@Nullable String role, String state, @Nullable String outcome) {
	}

	/** A case director may not take themselves out. */
	public static class RemovingYourself extends RuntimeException {

		RemovingYourself() {
			super("U kunt uzelf niet uit de gemeente halen; vraag een andere casusregisseur of LSE.");
		}

	}

}
