package nl.lse.batch.reports;

import nl.lse.platform.reporting.Period;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Starts a report job for a period: one job instance per (job, period, revision), and one
 * launcher at a time per (job, period), also across processes: a PostgreSQL advisory
 * lock, held on a connection of its own for the whole run, not luck. Under the lock:
 * <ul>
 * <li>a period whose latest revision completed is refused (with when it completed),
 * unless forced: then the next revision runs as a new job instance, staging its rows
 * apart until its last step switches the period to it;</li>
 * <li>an execution left STARTED by a process that died ({@code kill -9}) is marked failed
 * ({@link JobOperator#recover}), so that it can restart: nobody else can be running it,
 * we hold the lock;</li>
 * <li>a FAILED or STOPPED instance restarts, running only what it had not done (a step
 * whose end could not be recorded, UNKNOWN, is marked FAILED and runs again: every step
 * replaces its own rows);</li>
 * </ul>
 */
public class ReportLauncher {

	private static final Logger log = LoggerFactory.getLogger(ReportLauncher.class);

	private final DataSource dataSource;

	private final JobOperator operator;

	private final JobRepository repository;

	private final ReportRuns runs;

	private final Clock clock;

	/** Launches in progress in this process (a SIGTERM waits for them to return). */
	private final AtomicInteger active = new AtomicInteger();

	public ReportLauncher(DataSource dataSource, JobOperator operator, JobRepository repository, ReportRuns runs,
			Clock clock) {
		this.dataSource = dataSource;
		this.operator = operator;
		this.repository = repository;
		this.runs = runs;
		this.clock = clock;
	}

	/**
	 * Runs the job for the period and waits for it to end.
	 * @throws Refused when another launcher runs it, the period completed and is not
	 * forced, or the period has not begun
	 */
	public JobExecution launch(Job job, Period period, boolean force) throws Exception {
		if (!period.hasBegun(LocalDate.now(this.clock))) {
			throw new Refused(job.getName() + " " + period + ": the period has not begun yet");
		}
		this.active.incrementAndGet();
		try (Connection lock = this.dataSource.getConnection()) {
			JdbcTemplate locked = new JdbcTemplate(new SingleConnectionDataSource(lock, true));
			String key = job.getName() + ":" + period.code();
			Boolean taken = locked.queryForObject("select pg_try_advisory_lock(hashtext('report'), hashtext(?))",
					Boolean.class, key);
			if (!Boolean.TRUE.equals(taken)) {
				throw new Refused(job.getName() + " " + period
						+ " is running already (another launcher holds its lock); wait for it to end");
			}
			try {
				return launchLocked(job, period, force);
			}
			finally {
				locked.queryForObject("select pg_advisory_unlock(hashtext('report'), hashtext(?))", Boolean.class, key);
			}
		}
		finally {
			this.active.decrementAndGet();
		}
	}

	/**
	 * Waits until no launch of this process is in progress (each has recorded how its run
	 * ended), at most {@code timeout}; whether none is.
	 */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (this.active.get() > 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		return this.active.get() == 0;
	}

	private JobExecution launchLocked(Job job, Period period, boolean force) throws Exception {
		int revision = Math.max(0, this.runs.lastRevision(job.getName(), period));
		JobExecution last = this.repository.getLastJobExecution(job.getName(), parameters(period, revision));
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			if (!force) {
				throw new Refused(job.getName() + " " + period + " was completed at " + last.getEndTime()
						+ " (revision " + revision + "); run it again with force=true to make a new revision");
			}
			revision++;
			// a forced run that died before it recorded its run is this revision's
			// leftover
			last = this.repository.getLastJobExecution(job.getName(), parameters(period, revision));
		}
		if (last != null) {
			readyToRestart(job, period, last);
		}
		log.info("{} {}: {} revision {}", job.getName(), period, (last != null) ? "restarting" : "starting", revision);
		return this.operator.start(job, parameters(period, revision));
	}

	/**
	 * Makes an execution that did not end cleanly restartable. We hold the lock, so
	 * nothing runs it: one left running by a process that died is recovered (marked
	 * failed); a job or step whose end could not be recorded (the database went away
	 * mid-commit) is UNKNOWN, or a step still STARTED, which Spring Batch will not
	 * restart; every step of a report replaces its own rows, so they are marked FAILED
	 * and run again.
	 */
	private void readyToRestart(Job job, Period period, JobExecution last) {
		JobExecution execution = last;
		if (execution.getStatus().isRunning()) {
			log.warn("{} {}: execution {} was left {} by a process that stopped; marking it failed to restart it",
					job.getName(), period, execution.getId(), execution.getStatus());
			execution = this.operator.recover(execution);
		}
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
				log.warn("{} {}: step {} was left {}; marked FAILED to run it again", job.getName(), period,
						step.getStepName(), step.getStatus());
				step.setStatus(BatchStatus.FAILED);
				if (step.getEndTime() == null) {
					step.setEndTime(LocalDateTime.now());
				}
				this.repository.update(step);
			}
		}
		if (execution.getStatus() == BatchStatus.UNKNOWN) {
			log.warn("{} {}: execution {} was left UNKNOWN; marked FAILED to restart it", job.getName(), period,
					execution.getId());
			execution.setStatus(BatchStatus.FAILED);
			if (execution.getEndTime() == null) {
				execution.setEndTime(LocalDateTime.now());
			}
			this.repository.update(execution);
		}
	}

	static JobParameters parameters(Period period, int revision) {
		return new JobParametersBuilder().addString("period", period.code(), true)
			.addLong("revision", (long) revision, true)
			.toJobParameters();
	}

	/** The launcher will not run the report now; the message says why. */
	public static class Refused extends Exception {

		public Refused(String message) {
			super(message);
		}

	}

}
