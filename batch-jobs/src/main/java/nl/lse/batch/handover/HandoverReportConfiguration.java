package nl.lse.batch.handover;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import nl.lse.platform.reporting.Report;
import nl.lse.batch.reports.ReportJobs;
import nl.lse.batch.reports.ReportsProperties;
import nl.lse.platform.tenancy.TenantTransactions;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The job {@code handoverReport} (steps in {@link ReportJobs}): per municipality the
 * handover figures ({@link HandoverAggregation}); LSE's own records hand nothing over.
 */
@Configuration(proxyBeanMethods = false)
class HandoverReportConfiguration {

	static final String JOB = Report.HANDOVER.job();

	@Bean
	HandoverAggregation handoverAggregation(DataSource dataSource, TenantTransactions tenants) {
		return new HandoverAggregation(new NamedParameterJdbcTemplate(dataSource), tenants);
	}

	@Bean
	Job handoverReport(ReportJobs jobs, HandoverAggregation aggregation, DataSource dataSource,
			ReportsProperties properties) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return jobs.job(JOB, (tenant, period, asOf) -> aggregation.aggregate(tenant, period, asOf, partnerKinds(jdbc),
				properties.handoverWaitingDays()), Optional.empty());
	}

	/**
	 * Every partner organisation's kind (POLICE, YOUTH_CARE...), read outside a tenant.
	 */
	static Map<String, String> partnerKinds(JdbcTemplate jdbc) {
		return jdbc.queryForList("select id::text as id, kind from platform.partner_organisation")
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("id"), (row) -> (String) row.get("kind")));
	}

}
