package nl.lse.batch.reports;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.SmartLifecycle;

/**
 * A SIGTERM (a redeploy, {@code kubectl delete pod}, Ctrl-C) stops running reports
 * cleanly before anything else shuts down: each is asked to stop
 * ({@link JobOperator#stop}), the partitions in flight finish, the others do not start,
 * and the run ends STOPPED, restartable. Waits at most 60 seconds.
 */
public class ReportShutdown implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReportShutdown.class);

	private static final Duration WAIT = Duration.ofSeconds(60);

	private final JobOperator operator;

	private final ReportProgress progress;

	private final JobRepository repository;

	private volatile boolean running;

	ReportShutdown(JobOperator operator, ReportProgress progress, JobRepository repository) {
		this.operator = operator;
		this.progress = progress;
		this.repository = repository;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		for (Long id : this.progress.running().keySet()) {
			try {
				JobExecution execution = this.repository.getJobExecution(id);
				if (execution != null && execution.isRunning()) {
					log.info("Stopping {} (execution {}) before shutting down", execution.getJobInstance().getJobName(),
							id);
					this.operator.stop(execution);
				}
			}
			catch (Exception ex) {
				log.warn("Could not stop report execution {}: {}", id, ex.toString());
			}
		}
		Instant deadline = Instant.now().plus(WAIT);
		while (!this.progress.running().isEmpty() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the task executors, the data source and the web server. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
