package nl.lse.batch.reports;

import java.util.List;
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
 * ({@code /actuator/reports}): listens to the partition steps and the jobs. Also where a
 * stop reaches the partitions ({@link #stopAll}).
 */
public class ReportProgress implements JobExecutionListener, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ReportProgress.class);

	private final Map<Long, Running> running = new ConcurrentHashMap<>();

	private final TenantCount tenants;

	private final List<Observer> observers;

	private volatile boolean stopping;

	public ReportProgress(TenantCount tenants, List<Observer> observers) {
		this.tenants = tenants;
		this.observers = List.copyOf(observers);
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.running.put(execution.getId(), new Running(execution.getJobInstance().getJobName(),
				execution.getJobParameters().getString("period", "?"), this.tenants.open(), new AtomicInteger()));
	}

	/**
	 * A partition that starts after a stop was asked for does not run: it ends STOPPED
	 * (at its first chunk boundary), and so does the run.
	 */
	@Override
	public void beforeStep(StepExecution step) {
		if (this.stopping) {
			step.setTerminateOnly();
		}
	}

	/**
	 * Asks every running report of this process to stop after the partitions in flight.
	 */
	public void stopAll() {
		this.stopping = true;
	}

	public boolean stopping() {
		return this.stopping;
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		Running run = this.running.get(step.getJobExecution().getId());
		if (run != null && step.getStatus() == BatchStatus.COMPLETED) {
			int done = run.done().incrementAndGet();
			log.info("{} {}: {} of {} municipalities done", run.job(), run.period(), done, run.total());
			this.observers.forEach((observer) -> observer.partitionDone(step, done));
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

	/**
	 * Told after each municipality's partition has done its work, before its step is
	 * recorded as completed (the restart tests pause a run here to kill it).
	 */
	public interface Observer {

		void partitionDone(StepExecution step, int done);

	}

	/** How many municipalities a run covers. */
	public interface TenantCount {

		int open();

	}

}
