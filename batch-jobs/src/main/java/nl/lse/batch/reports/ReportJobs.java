package nl.lse.batch.reports;

import nl.lse.platform.reporting.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.lse.batch.tenants.TenantPartitioner;
import nl.lse.platform.tenancy.TenantId;
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
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds a report job, the same four steps for every report ({@code <name>} is the job's
 * name without {@code Report}, e.g. {@code caseload}); identifying parameters
 * {@code period} and {@code revision}:
 * <ol>
 * <li>{@code <name>Begin}: the run's row in {@code platform.report_run}, with the
 * municipalities it covers (ACTIVE, not in maintenance) and those it leaves out, and the
 * day the period is counted up to, fixed for the whole run;</li>
 * <li>{@code <name>PerTenant}: one partition ({@code <name>Tenant:gm0363}) per covered
 * municipality on a bounded thread pool; each aggregates inside its tenant transaction
 * and writes its rows outside it, replacing what a crashed attempt left;</li>
 * <li>{@code <name>Lse}: LSE's own records, where the report counts them;</li>
 * <li>{@code <name>Finish}: the national rows and the switch of the period's current
 * figures to this run, in one transaction.</li>
 * </ol>
 * A restart runs only the partitions that did not complete. When the run completes, the
 * management addresses get a link ({@link ReportMail}).
 */
public class ReportJobs {

	static final String RUN_ID = "runId";

	static final String AS_OF = "asOf";

	private final JobRepository repository;

	private final PlatformTransactionManager transactions;

	private final TenantCatalog catalog;

	private final ReportRuns runs;

	private final TaskExecutor partitions;

	private final ReportsProperties properties;

	private final Clock clock;

	private final ReportProgress progress;

	private final ReportMail mail;

	ReportJobs(JobRepository repository, PlatformTransactionManager transactions, TenantCatalog catalog,
			ReportRuns runs, TaskExecutor partitions, ReportsProperties properties, Clock clock,
			ReportProgress progress, ReportMail mail) {
		this.repository = repository;
		this.transactions = transactions;
		this.catalog = catalog;
		this.runs = runs;
		this.partitions = partitions;
		this.properties = properties;
		this.clock = clock;
		this.progress = progress;
		this.mail = mail;
	}

	/** The figures of one municipality for a period, counted up to {@code asOf}. */
	@FunctionalInterface
	public interface PerTenant {

		TenantFigures aggregate(TenantId tenant, Period period, LocalDate asOf);

	}

	/** The figures of LSE's own records for a period (counted nationally only). */
	@FunctionalInterface
	public interface OwnRecords {

		TenantFigures aggregate(Period period);

	}

	/** The job {@code job} (e.g. {@code caseloadReport}). */
	public Job job(String job, PerTenant perTenant, Optional<OwnRecords> ownRecords) {
		String name = job.replace("Report", "");
		Step tenant = step(name + "Tenant", (contribution, chunk) -> {
			StepExecution step = chunk.getStepContext().getStepExecution();
			TenantId code = TenantPartitioner.tenantOf(step.getExecutionContext());
			TenantFigures result = perTenant.aggregate(code, period(step), asOf(step));
			this.runs.write(runId(step), code.code(), result.figures(), result.durations(), this.properties.k());
			return RepeatStatus.FINISHED;
		});
		Step partitioned = new StepBuilder(name + "PerTenant", this.repository)
			.partitioner(name + "Tenant", new TenantPartitioner(this.catalog))
			.step(tenant)
			.taskExecutor(this.partitions)
			.gridSize(this.properties.threads())
			.build();
		Step lse = step(name + "Lse", (contribution, chunk) -> {
			StepExecution step = chunk.getStepContext().getStepExecution();
			// LSE's own records exist once tenant-admin has started (it provisions them)
			if (ownRecords.isPresent() && this.catalog.find(TenantId.LSE).filter(Tenant::isOpen).isPresent()) {
				TenantFigures result = ownRecords.get().aggregate(period(step));
				this.runs.write(runId(step), "lse", result.figures(), result.durations(), this.properties.k());
			}
			return RepeatStatus.FINISHED;
		});
		Step finish = step(name + "Finish", (contribution, chunk) -> {
			this.runs.finish(runId(chunk.getStepContext().getStepExecution()), this.properties.k());
			return RepeatStatus.FINISHED;
		});
		// after the job, listeners run in reverse: the run's ending is recorded first
		return new JobBuilder(job, this.repository).listener(this.mail)
			.listener(this.progress)
			.listener(new RunEnding(this.runs, RUN_ID))
			.start(step(name + "Begin", (contribution, chunk) -> begin(job, chunk.getStepContext().getStepExecution())))
			.next(partitioned)
			.next(lse)
			.next(finish)
			.build();
	}

	private Step step(String name, Tasklet tasklet) {
		StepBuilder builder = new StepBuilder(name, this.repository);
		if (name.endsWith("Tenant")) {
			return builder.tasklet(tasklet, this.transactions).listener(this.progress).build();
		}
		return builder.tasklet(tasklet, this.transactions).build();
	}

	private RepeatStatus begin(String job, StepExecution step) {
		JobParameters parameters = step.getJobExecution().getJobParameters();
		Period period = Period.parse(parameters.getString("period"));
		int revision = parameters.getLong("revision", 0L).intValue();
		List<String> leftOut = new ArrayList<>();
		int covered = 0;
		for (Tenant tenant : this.catalog.municipalities()) {
			if (tenant.isOpen()) {
				covered++;
			}
			else if (tenant.status() != TenantStatus.PROVISIONING) {
				leftOut.add(tenant.id().code() + ":" + (tenant.maintenance() ? "MAINTENANCE" : tenant.status()));
			}
		}
		long runId = this.runs.begin(job, period, revision, step.getJobExecution().getJobInstance().getInstanceId(),
				covered, leftOut);
		step.getJobExecution().getExecutionContext().putLong(RUN_ID, runId);
		// one day for the whole run, also when it runs past midnight or restarts days
		// later
		step.getJobExecution()
			.getExecutionContext()
			.putString(AS_OF, period.asOf(LocalDate.now(this.clock)).toString());
		return RepeatStatus.FINISHED;
	}

	private static Period period(StepExecution step) {
		return Period.parse(step.getJobExecution().getJobParameters().getString("period"));
	}

	private static LocalDate asOf(StepExecution step) {
		return LocalDate.parse(step.getJobExecution().getExecutionContext().getString(AS_OF));
	}

	private static long runId(StepExecution step) {
		return step.getJobExecution().getExecutionContext().getLong(RUN_ID);
	}

}
