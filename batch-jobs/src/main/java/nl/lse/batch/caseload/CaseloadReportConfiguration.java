package nl.lse.batch.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import nl.lse.batch.reports.Figure;
import nl.lse.batch.reports.Period;
import nl.lse.batch.reports.ReportProgress;
import nl.lse.batch.reports.ReportRuns;
import nl.lse.batch.reports.ReportsProperties;
import nl.lse.batch.reports.RunEnding;
import nl.lse.batch.reports.StaffTeams;
import nl.lse.batch.tenants.TenantPartitioner;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job {@code caseloadReport} (identifying parameters: {@code period},
 * {@code revision}):
 * <ol>
 * <li>{@code caseloadBegin}: the run's row in {@code platform.report_run}, with the
 * municipalities it covers (ACTIVE, not in maintenance) and those it leaves out;</li>
 * <li>{@code caseloadPerTenant}: one partition per covered municipality on a bounded
 * thread pool; each aggregates inside its tenant transaction and writes its rows outside
 * it, replacing what a crashed attempt left;</li>
 * <li>{@code caseloadLse}: LSE's own records (self-referrals, counted nationally
 * only);</li>
 * <li>{@code caseloadFinish}: the national rows and the switch of the period's current
 * figures to this run, in one transaction.</li>
 * </ol>
 * A restart runs only the partitions that did not complete.
 */
@Configuration(proxyBeanMethods = false)
class CaseloadReportConfiguration {

	static final String JOB = "caseloadReport";

	static final String RUN_ID = "runId";

	/**
	 * The day "open at the end of the period" is counted on, fixed when the run begins.
	 */
	static final String AS_OF = "asOf";

	@Bean
	CaseloadAggregation caseloadAggregation(DataSource dataSource, TenantTransactions tenants) {
		return new CaseloadAggregation(new NamedParameterJdbcTemplate(dataSource), tenants);
	}

	@Bean
	TaskExecutor reportPartitions(ReportsProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.threads());
		executor.setMaxPoolSize(properties.threads());
		executor.setThreadNamePrefix("report-partition-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(60);
		// stopped after ReportShutdown (phase Integer.MAX_VALUE), which lets a run end
		// STOPPED
		// with the partitions in flight finished; stopped first, it would hold the run
		// for ever
		executor.setPhase(Integer.MAX_VALUE / 2);
		executor.initialize();
		return executor;
	}

	@Bean
	Job caseloadReport(JobRepository repository, PlatformTransactionManager transactions, TenantCatalog catalog,
			ReportRuns runs, CaseloadAggregation aggregation, StaffTeams teams, TenantTransactions tenants,
			DataSource dataSource, TaskExecutor reportPartitions, ReportsProperties properties, Clock clock,
			ReportProgress progress) {
		Step begin = new StepBuilder("caseloadBegin", repository).tasklet((contribution, chunk) -> {
			StepExecution step = chunk.getStepContext().getStepExecution();
			JobParameters parameters = step.getJobExecution().getJobParameters();
			Period period = Period.parse(parameters.getString("period"));
			int revision = parameters.getLong("revision", 0L).intValue();
			List<Tenant> municipalities = catalog.municipalities();
			List<String> leftOut = new ArrayList<>();
			int covered = 0;
			for (Tenant tenant : municipalities) {
				if (tenant.isOpen()) {
					covered++;
				}
				else if (tenant.status() != TenantStatus.PROVISIONING) {
					leftOut.add(tenant.id().code() + ":" + (tenant.maintenance() ? "MAINTENANCE" : tenant.status()));
				}
			}
			long runId = runs.begin(JOB, period, revision, step.getJobExecution().getJobInstance().getInstanceId(),
					covered, leftOut);
			step.getJobExecution().getExecutionContext().putLong(RUN_ID, runId);
			// one day for the whole run, also when it runs past midnight or restarts days
			// later
			step.getJobExecution().getExecutionContext().putString(AS_OF, period.asOf(LocalDate.now(clock)).toString());
			return RepeatStatus.FINISHED;
		}, transactions).build();

		Step tenant = new StepBuilder("caseloadTenant", repository).tasklet((contribution, chunk) -> {
			StepExecution step = chunk.getStepContext().getStepExecution();
			TenantId code = TenantPartitioner.tenantOf(step.getExecutionContext());
			Period period = Period.parse(step.getJobExecution().getJobParameters().getString("period"));
			long runId = step.getJobExecution().getExecutionContext().getLong(RUN_ID);
			LocalDate asOf = LocalDate.parse(step.getJobExecution().getExecutionContext().getString(AS_OF));
			CaseloadAggregation.Result result = aggregation.aggregate(code, period, asOf, teams.teamsOfWorkers());
			runs.write(runId, code.code(), result.figures(), result.durations(), properties.k());
			return RepeatStatus.FINISHED;
		}, transactions).listener(progress).build();

		Step perTenant = new StepBuilder("caseloadPerTenant", repository)
			.partitioner("caseloadTenant", new TenantPartitioner(catalog))
			.step(tenant)
			.taskExecutor(reportPartitions)
			.gridSize(properties.threads())
			.build();

		Step lse = new StepBuilder("caseloadLse", repository).tasklet((contribution, chunk) -> {
			StepExecution step = chunk.getStepContext().getStepExecution();
			Period period = Period.parse(step.getJobExecution().getJobParameters().getString("period"));
			long runId = step.getJobExecution().getExecutionContext().getLong(RUN_ID);
			// LSE's own records exist once tenant-admin has started (it provisions them)
			if (catalog.find(TenantId.LSE).filter(Tenant::isOpen).isPresent()) {
				runs.write(runId, "lse", selfReferrals(new JdbcTemplate(dataSource), tenants, period), Map.of(),
						properties.k());
			}
			return RepeatStatus.FINISHED;
		}, transactions).build();

		Step finish = new StepBuilder("caseloadFinish", repository).tasklet((contribution, chunk) -> {
			long runId = chunk.getStepContext()
				.getStepExecution()
				.getJobExecution()
				.getExecutionContext()
				.getLong(RUN_ID);
			runs.finish(runId, properties.k());
			return RepeatStatus.FINISHED;
		}, transactions).build();

		// after the job, listeners run in reverse: the run's ending is recorded first
		return new JobBuilder(JOB, repository).listener(progress)
			.listener(new RunEnding(runs, RUN_ID))
			.start(begin)
			.next(perTenant)
			.next(lse)
			.next(finish)
			.build();
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
