package nl.lse.batch.caseload;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import nl.lse.platform.reporting.Report;
import nl.lse.batch.reports.Figure;
import nl.lse.platform.reporting.Period;
import nl.lse.batch.reports.ReportJobs;
import nl.lse.batch.reports.StaffTeams;
import nl.lse.batch.reports.TenantFigures;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The job {@code caseloadReport} (steps in {@link ReportJobs}): per municipality the
 * caseload figures ({@link CaseloadAggregation}), and LSE's own self-referrals.
 */
@Configuration(proxyBeanMethods = false)
class CaseloadReportConfiguration {

	static final String JOB = Report.CASELOAD.job();

	@Bean
	CaseloadAggregation caseloadAggregation(DataSource dataSource, TenantTransactions tenants) {
		return new CaseloadAggregation(new NamedParameterJdbcTemplate(dataSource), tenants);
	}

	@Bean
	Job caseloadReport(ReportJobs jobs, CaseloadAggregation aggregation, StaffTeams teams, TenantTransactions tenants,
			DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return jobs.job(JOB,
				(tenant, period, asOf) -> aggregation.aggregate(tenant, period, asOf, teams.teamsOfWorkers()),
				Optional.of((period) -> TenantFigures.of(selfReferrals(jdbc, tenants, period))));
	}

	/** Self-referrals in LSE's own records: received, moved and refused in the period. */
	static List<Figure> selfReferrals(JdbcTemplate jdbc, TenantTransactions tenants, Period period) {
		return tenants.inTenant(TenantId.LSE, (status) -> jdbc.query("""
				select 'RECEIVED' as what, count(*) as n from self_referral where received_on >= ? and received_on < ?
				union all
				select status, count(*) from self_referral
				where status in ('MOVED', 'REFUSED') and decided_on >= ? and decided_on < ? group by status""",
				(rs, row) -> new Figure("self_referrals", rs.getString("what"), "", rs.getLong("n")),
				java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.until()),
				java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.until())))
			.stream()
			.filter((figure) -> figure.value() > 0)
			.toList();
	}

}
