package nl.lse.batch.reports;

import java.time.Clock;

import javax.sql.DataSource;

import nl.lse.platform.tenancy.catalog.TenantCatalog;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The report infrastructure every report job uses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
@EnableScheduling
class ReportsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	ReportRuns reportRuns(DataSource dataSource, PlatformTransactionManager transactions,
			ReportsProperties properties) {
		enoughConnections(dataSource, properties.threads());
		return new ReportRuns(new JdbcTemplate(dataSource), new TransactionTemplate(transactions),
				properties.platformVersion());
	}

	/**
	 * Each running partition holds two connections (its step's transaction and its
	 * municipality's, which is a new one), and the launcher one for its lock and the job
	 * one more: a smaller pool makes partitions wait and then fail.
	 */
	static void enoughConnections(DataSource dataSource, int threads) {
		if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari
				&& hikari.getMaximumPoolSize() < 2 * threads + 2) {
			throw new IllegalStateException(
					"lse.reports.threads=" + threads + " needs a connection pool of at least " + (2 * threads + 2)
							+ " (spring.datasource.hikari.maximum-pool-size is " + hikari.getMaximumPoolSize() + ")");
		}
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
		// STOPPED with the partitions in flight finished; stopped first, it would hold
		// the
		// run for ever
		executor.setPhase(Integer.MAX_VALUE / 2);
		executor.initialize();
		return executor;
	}

	@Bean
	ReportJobs reportJobs(JobRepository repository, PlatformTransactionManager transactions,
			TenantCatalog tenantCatalog, ReportRuns runs, TaskExecutor reportPartitions, ReportsProperties properties,
			Clock clock, ReportProgress progress, ObjectProvider<JavaMailSender> mailSender) {
		return new ReportJobs(repository, transactions, tenantCatalog, runs, reportPartitions, properties, clock,
				progress, new ReportMail(mailSender, properties.mail()));
	}

	@Bean
	StaffTeams staffTeams(DataSource dataSource, ReportsProperties properties) {
		return new StaffTeams(new JdbcTemplate(dataSource), properties.minTeamSize());
	}

	@Bean
	ReportProgress reportProgress(DataSource dataSource, ObjectProvider<ReportProgress.Observer> observers) {
		TenantCatalog catalog = new TenantCatalog(new JdbcTemplate(dataSource));
		return new ReportProgress(() -> (int) catalog.municipalities().stream().filter((t) -> t.isOpen()).count(),
				observers.orderedStream().toList());
	}

	@Bean
	ReportLauncher reportLauncher(DataSource dataSource, JobOperator operator, JobRepository repository,
			ReportRuns runs, Clock clock) {
		return new ReportLauncher(dataSource, operator, repository, runs, clock);
	}

	@Bean
	ReportsEndpoint reportsEndpoint(ReportProgress progress) {
		return new ReportsEndpoint(progress);
	}

	/** The command line (see the README); set by {@code BatchJobsApplication#main}. */
	@Bean
	@ConditionalOnProperty("lse.reports.command")
	ReportCommand reportCommand(java.util.Map<String, Job> jobs, ReportLauncher launcher,
			java.util.List<Command> commands) {
		return new ReportCommand(jobs, launcher, commands, System.out, System.err);
	}

	@Bean
	@ConditionalOnProperty(name = "lse.reports.schedule.enabled", havingValue = "true")
	ReportSchedule reportSchedule(java.util.List<Job> jobs, ReportLauncher launcher, Clock clock) {
		return new ReportSchedule(jobs, launcher, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "lse.reports.demo", havingValue = "true")
	DemoReports demoReports(java.util.List<Job> jobs, ReportLauncher launcher,
			nl.lse.platform.tenancy.TenantTransactions tenants, DataSource dataSource, Clock clock) {
		return new DemoReports(jobs, launcher, tenants, new JdbcTemplate(dataSource), clock);
	}

	@Bean
	ReportShutdown reportShutdown(ReportProgress progress, ReportLauncher launcher) {
		return new ReportShutdown(progress, launcher);
	}

}
