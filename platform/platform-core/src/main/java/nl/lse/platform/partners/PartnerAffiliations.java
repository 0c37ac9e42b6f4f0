package nl.lse.platform.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which partner organisation a user works for in a municipality: read from that
 * municipality's own records (in its tenant, as its role), then named from the registry
 * in {@code platform} (outside any tenant, as the runtime login).
 */
public class PartnerAffiliations {

	private final TenantTransactions tenants;

	private final JdbcTemplate jdbc;

	/**
	 * Writes an access-log event in the tenant's transaction (none in apps without one).
	 */
	private final Consumer<AuditEvent> audit;

	public PartnerAffiliations(TenantTransactions tenants, JdbcTemplate jdbc, Consumer<AuditEvent> audit) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The organisation the subject works for in the tenant today, if any. */
	public Optional<PartnerOrganisation> current(TenantId tenant, String subject) {
		return this.tenants.inTenant(tenant, (status) -> organisationToday(subject)).flatMap(this::organisation);
	}

	/**
	 * Inside the tenant's transaction: the id of the organisation the subject works for
	 * there today, from the affiliation's start date until (not including) its end. The
	 * one rule for the case policy, the access log and the team's notices.
	 */
	public Optional<UUID> organisationToday(String subject) {
		return this.jdbc
			.queryForList("select partner_organisation_id from partner_affiliation where subject = ?"
					+ " and since <= current_date and (until is null or until > current_date)"
					+ " order by since desc limit 1", UUID.class, subject)
			.stream()
			.findFirst();
	}

	/**
	 * Records from {@code since} on that the subject works for the organisation in this
	 * tenant, ending the affiliation that was current until then. Runs in the tenant.
	 */
	public void record(TenantId tenant, String subject, UUID organisation, LocalDate since, String recordedBy) {
		write(tenant, subject, organisation, since, recordedBy, true);
	}

	/**
	 * The same, written by the installation itself outside any request (the demo loader
	 * of a local run): there is no caller to put in the access log.
	 */
	public void recordBySystem(TenantId tenant, String subject, UUID organisation, LocalDate since, String recordedBy) {
		write(tenant, subject, organisation, since, recordedBy, false);
	}

	private void write(TenantId tenant, String subject, UUID organisation, LocalDate since, String recordedBy,
			boolean audited) {
		if (organisation(organisation).isEmpty()) {
			throw new UnknownPartnerOrganisationException(organisation);
		}
		this.tenants.inTenant(tenant, (status) -> {
			writeIn(this.jdbc, subject, organisation, since, recordedBy);
			// whom it concerns: the user, by their Keycloak id (a UUID), else the
			// organisation
			if (audited) {
				this.audit.accept(AuditEvent.of(AuditAction.UPDATE, AuditObject.PARTNER_AFFILIATION,
						subjectId(subject, organisation), null));
			}
			return null;
		});
	}

	/**
	 * The affiliation written with the tenant already entered (a request's transaction,
	 * or tenant-admin's owner work): from {@code since} on, ending the one current until
	 * then.
	 */
	public static void writeIn(JdbcOperations jdbc, String subject, UUID organisation, LocalDate since,
			String recordedBy) {
		jdbc.update("update partner_affiliation set until = ? where subject = ? and until is null and since < ?", since,
				subject, since);
		jdbc.update("insert into partner_affiliation (subject, partner_organisation_id, since, "
				+ "recorded_by) values (?, ?, ?, ?) on conflict (subject, since) do update set "
				+ "partner_organisation_id = excluded.partner_organisation_id, recorded_by = excluded.recorded_by, "
				+ "recorded_at = now()", subject, organisation, since, recordedBy);
	}

	/** Ends the subject's current affiliation today (they left the municipality). */
	public static void endIn(JdbcOperations jdbc, String subject) {
		jdbc.update("update partner_affiliation set until = greatest(since, current_date) where subject = ?"
				+ " and until is null", subject);
	}

	private static UUID subjectId(String subject, UUID organisation) {
		try {
			return UUID.fromString(subject);
		}
		catch (IllegalArgumentException notAUuid) {
			return organisation;
		}
	}

	public Optional<PartnerOrganisation> organisation(UUID id) {
		return registry("id", id);
	}

	public Optional<PartnerOrganisation> organisationNamed(String name) {
		return registry("name", name);
	}

	private Optional<PartnerOrganisation> registry(String column, Object value) {
		String query = "id".equals(column) ? "select id, name, kind from platform.partner_organisation where id = ?"
				: "select id, name, kind from platform.partner_organisation where name = ?";
		return this.jdbc
			.query(query,
					(rs, row) -> new PartnerOrganisation(rs.getObject("id", UUID.class), rs.getString("name"),
							rs.getString("kind")),
					value)
			.stream()
			.findFirst();
	}

}
