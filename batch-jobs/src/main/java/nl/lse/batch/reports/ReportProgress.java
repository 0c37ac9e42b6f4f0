package nl.lse.batch.reports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Partitions done of total for every running report, in the log and on the actuator
 * ({@code /actuator/reports}): listens to the partition steps and the jobs.
 */
public class ReportProgress implements JobExecutionListener, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ReportProgress.class);

	private final Map<Long, Running> running = new ConcurrentHashMap<>();

	private final TenantCount tenants;

	public ReportProgress(TenantCount tenants) {
		this.tenants = tenants;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.running.put(execution.getId(), new Running(execution.getJobInstance().getJobName(),
				execution.getJobParameters().getString("period", "?"), this.tenants.open(), new AtomicInteger()));
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		Running run = this.running.get(step.getJobExecution().getId());
		if (run != null && step.getStatus() == BatchStatus.COMPLETED) {
			int done = run.done().incrementAndGet();
			log.info("{} {}: {} of {} municipalities done", run.job(), run.period(), done, run.total());
		}
		return step.getExitStatus();
	}

	@Override
	public void afterJob(JobExecution execution) {
		Running run = this.running.remove(execution.getId());
		if (run != null) {
			log.info("{} {}: {} ({} of {} municipalities in this attempt)", run.job(), run.period(),
					execution.getStatus(), run.done().get(), run.total());
		}
	}

	/** The running reports: job execution id to progress. */
	public Map<Long, Running> running() {
		return Map.copyOf(this.running);
	}

	/** One running report. */
	public record Running(String job, String period, int total, AtomicInteger done) {
	}

	/** How many municipalities a run covers. */
	public interface TenantCount {

		int open();

	}

}
