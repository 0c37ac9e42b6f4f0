package nl.lse.platform.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.CommissionWithdrawn;
import nl.lse.platform.casework.ConsentWithdrawn;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the team (docs/case-work.md, "Notices to the team"): a listener of the durable
 * events writes a notice for everyone on the case team when it happened, including the
 * members whose membership ended with it; they read it on their start page and on the
 * case page. A second delivery of the same event adds nothing.
 */
@Service
public class TeamNotices {

	/** How long a notice stays on the start page. */
	static final Duration RECENT = Duration.ofDays(30);

	/** Matches no recipient: the caller works for no organisation here today. */
	private static final UUID NO_ORGANISATION = new UUID(0, 0);

	private final JdbcTemplate jdbc;

	private final TenantTransactions tenants;

	private final PartnerAffiliations affiliations;

	private final Clock clock;

	TeamNotices(JdbcTemplate jdbc, TenantTransactions tenants, PartnerAffiliations affiliations, Clock clock) {
		this.jdbc = jdbc;
		this.affiliations = affiliations;
		this.tenants = tenants;
		this.clock = clock;
	}

	@EventListener
	void on(ConsentWithdrawn event) {
		if (event.consentId() != null) {
			tell(event.tenant(), event.caseId(), TeamNotice.Kind.CONSENT_WITHDRAWN, event.consentId(),
					event.trajectoryId(), event.trajectoryEnded());
		}
	}

	@EventListener
	void on(CommissionWithdrawn event) {
		tell(event.tenant(), event.caseId(), TeamNotice.Kind.COMMISSION_WITHDRAWN, event.trajectoryId(),
				event.trajectoryId(), !event.handedBack());
	}

	private void tell(TenantId tenant, UUID caseId, TeamNotice.Kind kind, UUID sourceId, UUID trajectoryId,
			boolean trajectoryEnded) {
		this.tenants.inTenant(tenant, (status) -> {
			UUID id = UUID.randomUUID();
			int added = this.jdbc.update("""
					insert into team_notice (id, case_id, kind, source_id, trajectory_id, trajectory_ended, occurred_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (kind, source_id) do nothing""", id, caseId, kind.name(),
					sourceId, trajectoryId, trajectoryEnded, OffsetDateTime.now(this.clock));
			if (added == 1) {
				// on the team now, or until today: whoever left with it is told too
				this.jdbc.update("""
						insert into team_notice_recipient (notice_id, subject, partner_organisation_id)
						select distinct ?::uuid, subject, partner_organisation_id from case_member
						where case_id = ? and (end_date is null or end_date >= current_date)""", id, caseId);
			}
			return added;
		});
	}

	/** The notices of one case, newest first, for a caller who sees the case. */
	@Transactional(readOnly = true)
	public List<TeamNotice> ofCase(UUID caseId) {
		return this.jdbc.query("""
				select n.case_id, c.reference, n.kind, n.trajectory_ended, n.occurred_at
				from team_notice n join case_file c on c.id = n.case_id
				where n.case_id = ? order by n.occurred_at desc limit 50""", TeamNotices::map, caseId);
	}

	/**
	 * The recent notices for the caller: the case director's of every case (they lead
	 * them all), anyone else's as a recipient, in person or through their organisation.
	 */
	@Transactional(readOnly = true)
	public List<TeamNotice> forCaller(Caller caller) {
		OffsetDateTime since = OffsetDateTime.now(this.clock).minus(RECENT);
		if (caller.isCaseDirector()) {
			return this.jdbc.query("""
					select n.case_id, c.reference, n.kind, n.trajectory_ended, n.occurred_at
					from team_notice n join case_file c on c.id = n.case_id
					where n.occurred_at >= ? order by n.occurred_at desc limit 20""", TeamNotices::map, since);
		}
		// a chain partner through the organisation they work for here today (the one
		// rule)
		UUID organisation = this.affiliations.organisationToday(caller.subject().value()).orElse(NO_ORGANISATION);
		return this.jdbc.query("""
				select n.case_id, c.reference, n.kind, n.trajectory_ended, n.occurred_at
				from team_notice n join case_file c on c.id = n.case_id
				where n.occurred_at >= ? and exists (select 1 from team_notice_recipient r where r.notice_id = n.id
					and (r.subject = ? or r.partner_organisation_id = ?))
				order by n.occurred_at desc limit 20""", TeamNotices::map, since, caller.subject().value(),
				organisation);
	}

	private static TeamNotice map(ResultSet rs, int row) throws SQLException {
		return new TeamNotice(rs.getObject("case_id", UUID.class), rs.getString("reference"),
				TeamNotice.Kind.valueOf(rs.getString("kind")), rs.getBoolean("trajectory_ended"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
	}

}
