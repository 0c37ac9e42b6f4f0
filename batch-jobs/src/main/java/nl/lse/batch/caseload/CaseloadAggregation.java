package nl.lse.batch.caseload;

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
 * The caseload figures of one municipality for one period, aggregated in SQL inside its
 * tenant transaction (as the tenant's role: nothing but its own schema is visible). Only
 * counts leave, under codes: service, phase, severity, support level, closure reason,
 * receiver kind, LSE team; never a case, a person or a worker.
 *
 * <p>
 * A trajectory's phase at a day is read from the days its phases began (referred, intake
 * started, first plan drafted, first plan agreed, aftercare started, handover started,
 * closed), so a past period shows the phase each trajectory had at its end, not today's.
 * Durations (whole days) are counted for the trajectories whose ending event falls in the
 * period: to intake (referral to intake), to the agreed plan (referral to agreement), in
 * support (agreement to aftercare), in aftercare (start of aftercare to the accepted
 * handover).
 */
public class CaseloadAggregation {

	/**
	 * Trajectories (from the view of the days their phases began, tenant V19) by service
	 * and phase at :asOf, new, closed, in aftercare, handed over; aftercare contacts; and
	 * the open LSE work at :asOf per team and service. The teams come in as two arrays
	 * (worker subject, team), so no worker leaves the tenant; workers without a team
	 * count as {@code zonder-team}.
	 */
	private static final String FIGURES = """
			with at_end as (
				select m.*, case
					when closed_on <= :asOf then 'CLOSED'
					when handover_on <= :asOf then 'HANDOVER'
					when aftercare_on <= :asOf then 'AFTERCARE'
					when agreed_on <= :asOf then 'SUPPORT'
					when planning_on <= :asOf then 'PLANNING'
					when intake_on <= :asOf then 'INTAKE'
					else 'REFERRED' end as phase
				from trajectory_milestone m where referred_on <= :asOf
			), teams as (
				select * from unnest(cast(:workers as text[]), cast(:teams as text[])) as w(worker, team)
			), work as (
				select lse_worker, kind as service from at_end where phase <> 'CLOSED' and lse_worker is not null
				union all
				select lse_worker, 'CONSULTATION' from consultation
				where lse_worker is not null and (requested_at at time zone 'Europe/Amsterdam')::date <= :asOf
					and (closed_at is null or (closed_at at time zone 'Europe/Amsterdam')::date > :asOf)
			)
			select 'open_trajectories' as measure, kind as key1, phase as key2, count(*) as value
			from at_end where phase <> 'CLOSED' group by kind, phase
			union all
			select 'new_trajectories', kind, '', count(*) from trajectory_milestone
			where referred_on >= :from and referred_on < :until group by kind
			union all
			select 'closed_trajectories', kind, coalesce(closure_reason, 'UNKNOWN'), count(*) from trajectory_milestone
			where closed_on >= :from and closed_on < :until group by kind, coalesce(closure_reason, 'UNKNOWN')
			union all
			select 'aftercare_active', kind, '', count(*) from at_end
			where aftercare_on <= :asOf and phase <> 'CLOSED' group by kind
			union all
			select 'handovers_completed', coalesce(receiver_kind, 'UNKNOWN'), '', count(*) from trajectory_milestone
			where accepted_on >= :from and accepted_on < :until group by coalesce(receiver_kind, 'UNKNOWN')
			union all
			select 'aftercare_contacts_overdue', '', '', count(*) from aftercare_contact c
			join trajectory t on t.aftercare_id = c.aftercare_id
			where c.due_on < :asOf and (c.done_on is null or c.done_on > :asOf)
				and (t.closed_on is null or t.closed_on > :asOf)
			having count(*) > 0
			union all
			select 'aftercare_contacts_done', '', '', count(*) from aftercare_contact c
			where c.done_on >= :from and c.done_on < :until
			having count(*) > 0
			union all
			select 'workload', coalesce(teams.team, 'zonder-team'), work.service, count(*)
			from work left join teams on teams.worker = work.lse_worker
			group by coalesce(teams.team, 'zonder-team'), work.service
			""";

	private static final String CONSULTATIONS = """
			with q as (
				select (requested_at at time zone 'Europe/Amsterdam')::date as requested_on,
					(taken_at at time zone 'Europe/Amsterdam')::date as taken_on,
					(advised_at at time zone 'Europe/Amsterdam')::date as advised_on,
					(closed_at at time zone 'Europe/Amsterdam')::date as closed_on, lse_worker
				from consultation
			)
			select 'open_consultations' as measure, 'CONSULTATION' as key1, case
					when advised_on <= :asOf then 'ADVISED'
					when taken_on <= :asOf then 'IN_PROGRESS'
					else 'REQUESTED' end as key2, count(*) as value
			from q where requested_on <= :asOf and (closed_on is null or closed_on > :asOf) group by 3
			union all
			select 'new_consultations', 'CONSULTATION', '', count(*) from q
			where requested_on >= :from and requested_on < :until having count(*) > 0
			union all
			select 'closed_consultations', 'CONSULTATION', '', count(*) from q
			where closed_on >= :from and closed_on < :until having count(*) > 0
			""";

	private static final String CASES = """
			with c as (select * from case_file where opened_on <= :asOf)
			select 'open_cases' as measure, '' as key1, '' as key2, count(*) as value from c
			where closed_on is null or closed_on > :asOf having count(*) > 0
			union all
			select 'open_cases_by_severity', severity::text, '', count(*) from c
			where closed_on is null or closed_on > :asOf group by severity
			union all
			select 'open_cases_by_support_level', support_level, '', count(*) from c
			where closed_on is null or closed_on > :asOf group by support_level
			union all
			select 'new_cases', '', '', count(*) from case_file where opened_on >= :from and opened_on < :until
			having count(*) > 0
			union all
			select 'closed_cases', '', '', count(*) from case_file where closed_on >= :from and closed_on < :until
			having count(*) > 0
			""";

	private static final String DURATIONS = """
			select 'to_intake' as measure, intake_on - referred_on as days, count(*) as n from trajectory_milestone
			where intake_on >= :from and intake_on < :until group by 2
			union all
			select 'to_agreed_plan', agreed_on - referred_on, count(*) from trajectory_milestone
			where agreed_on >= :from and agreed_on < :until group by 2
			union all
			select 'in_support', aftercare_on - agreed_on, count(*) from trajectory_milestone
			where aftercare_on >= :from and aftercare_on < :until and agreed_on is not null group by 2
			union all
			select 'in_aftercare', accepted_on - aftercare_on, count(*) from trajectory_milestone
			where accepted_on >= :from and accepted_on < :until and aftercare_on is not null group by 2
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final TenantTransactions tenants;

	public CaseloadAggregation(NamedParameterJdbcTemplate jdbc, TenantTransactions tenants) {
		this.jdbc = jdbc;
		this.tenants = tenants;
	}

	/**
	 * The figures and duration histograms of one municipality.
	 * @param teams LSE worker (subject) to team, for the workload per team
	 */
	public TenantFigures aggregate(TenantId tenant, Period period, LocalDate asOf, Map<String, String> teams) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", Date.valueOf(period.from()))
			.addValue("until", Date.valueOf(period.until()))
			.addValue("asOf", Date.valueOf(asOf))
			.addValue("workers", teams.keySet().toArray(String[]::new))
			.addValue("teams", teams.values().toArray(String[]::new));
		return this.tenants.inTenant(tenant, (status) -> {
			List<Figure> figures = new ArrayList<>();
			for (String query : List.of(FIGURES, CONSULTATIONS, CASES)) {
				figures.addAll(this.jdbc.query(query, parameters, (rs, row) -> new Figure(rs.getString("measure"),
						rs.getString("key1"), rs.getString("key2"), rs.getLong("value"))));
			}
			return new TenantFigures(figures, Histograms.query(this.jdbc, DURATIONS, parameters));
		});
	}

}
