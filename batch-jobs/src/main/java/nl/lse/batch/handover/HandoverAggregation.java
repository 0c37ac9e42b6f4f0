package nl.lse.batch.handover;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.lse.batch.reports.Figure;
import nl.lse.batch.reports.Histograms;
import nl.lse.platform.reporting.Period;
import nl.lse.batch.reports.TenantFigures;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The handover figures of one municipality for one period, aggregated in SQL inside its
 * tenant transaction. Codes only: service, receiver (the municipality, or the kind of the
 * local partner organisation: police, youth care...), closure category; never a case, a
 * person, a receiver's name or a worker.
 *
 * <p>
 * A case closed without a handover is counted under the recorded category of its work:
 * the closure reason of its last closed trajectory ({@code CONSENT_WITHDRAWN},
 * {@code COMMISSION_WITHDRAWN}, {@code NO_HANDOVER_POSSIBLE}), or {@code NO_TRAJECTORY}
 * when LSE gave only advice; the case director's own words never leave the municipality.
 */
public class HandoverAggregation {

	/**
	 * The kinds of the partner organisations come in as two arrays (id, kind): the tenant
	 * role reads no platform table.
	 */
	private static final String FIGURES = """
			with kinds as (
				select * from unnest(cast(:organisations as uuid[]), cast(:kinds as text[])) as o(id, kind)
			), t as (
				select m.*, case when h.receiver_kind = 'MUNICIPALITY' then 'MUNICIPALITY'
					else coalesce(kinds.kind, 'OTHER') end as receiver
				from trajectory_milestone m
				left join trajectory tr on tr.id = m.id
				left join handover h on h.id = tr.handover_id
				left join kinds on kinds.id = h.partner_organisation_id
			)
			select 'handovers_completed' as measure, kind as key1, receiver as key2, count(*) as value from t
			where accepted_on >= :from and accepted_on < :until group by kind, receiver
			union all
			select 'handovers_pending', kind, '', count(*) from t
			where handover_on <= :asOf and (accepted_on is null or accepted_on > :asOf)
				and (closed_on is null or closed_on > :asOf) group by kind
			union all
			select 'handovers_waiting_too_long', kind, '', count(*) from t
			where handover_on <= cast(:asOf as date) - cast(:waitingDays as integer)
				and (accepted_on is null or accepted_on > :asOf)
				and (closed_on is null or closed_on > :asOf) group by kind
			union all
			select 'aftercare_started', kind, '', count(*) from t
			where aftercare_on >= :from and aftercare_on < :until group by kind
			union all
			select 'aftercare_ended', kind, coalesce(closure_reason, 'UNKNOWN'), count(*) from t
			where aftercare_on is not null and closed_on >= :from and closed_on < :until
			group by kind, coalesce(closure_reason, 'UNKNOWN')
			union all
			select 'cases_closed_without_handover', category, '', count(*) from (
				select coalesce((select tr.closure_reason from trajectory tr where tr.case_id = c.id
						and tr.closed_on is not null order by tr.closed_on desc, tr.id limit 1), 'NO_TRAJECTORY')
					as category
				from case_file c
				where c.closed_on >= :from and c.closed_on < :until
					and not exists (select 1 from trajectory tr where tr.case_id = c.id
						and tr.closure_reason = 'HANDED_OVER')) closed
			group by category
			""";

	private static final String DURATIONS = """
			select 'referral_to_handover' as measure, accepted_on - referred_on as days, count(*) as n
			from trajectory_milestone where accepted_on >= :from and accepted_on < :until group by 2
			union all
			select 'aftercare_to_handover', accepted_on - aftercare_on, count(*) from trajectory_milestone
			where accepted_on >= :from and accepted_on < :until and aftercare_on is not null group by 2
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final TenantTransactions tenants;

	public HandoverAggregation(NamedParameterJdbcTemplate jdbc, TenantTransactions tenants) {
		this.jdbc = jdbc;
		this.tenants = tenants;
	}

	/**
	 * The figures and duration histograms of one municipality.
	 * @param partnerKinds partner organisation id to its kind
	 * @param waitingDays a handover not accepted this many days after it began waits too
	 * long
	 */
	public TenantFigures aggregate(TenantId tenant, Period period, LocalDate asOf, Map<String, String> partnerKinds,
			int waitingDays) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", Date.valueOf(period.from()))
			.addValue("until", Date.valueOf(period.until()))
			.addValue("asOf", Date.valueOf(asOf))
			.addValue("waitingDays", waitingDays)
			.addValue("organisations", partnerKinds.keySet().toArray(String[]::new))
			.addValue("kinds", partnerKinds.values().toArray(String[]::new));
		return this.tenants.inTenant(tenant, (status) -> {
			List<Figure> figures = new ArrayList<>(
					this.jdbc.query(FIGURES, parameters, (rs, row) -> new Figure(rs.getString("measure"),
							rs.getString("key1"), rs.getString("key2"), rs.getLong("value"))));
			return new TenantFigures(figures, Histograms.query(this.jdbc, DURATIONS, parameters));
		});
	}

}
