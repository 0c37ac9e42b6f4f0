package nl.lse.platform.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the sealer soon after commits, sweeps every tenant now and then, and verifies
 * every chain on its interval, on one thread of its own (no request ever waits for it).
 */
class AuditSchedule implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(AuditSchedule.class);

	private final AuditSealer sealer;

	private final AuditChains chains;

	private final AuditProperties properties;

	private @Nullable ScheduledExecutorService executor;

	AuditSchedule(AuditSealer sealer, AuditChains chains, AuditProperties properties) {
		this.sealer = sealer;
		this.chains = chains;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		// two threads: a long verification never holds sealing back
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "audit-sealer");
			thread.setDaemon(true);
			return thread;
		});
		every(scheduler, this.properties.sealDelay(), this.properties.sealDelay(), this.sealer::sealDirty);
		every(scheduler, Duration.ofSeconds(10), this.properties.sweepInterval(), this.sealer::sealAll);
		every(scheduler, this.properties.verifyInterval(), this.properties.verifyInterval(), this.chains::verifyAll);
		this.executor = scheduler;
	}

	private static void every(ScheduledExecutorService scheduler, Duration first, Duration interval, Runnable work) {
		scheduler.scheduleWithFixedDelay(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				logger.error("Audit housekeeping failed", ex);
			}
		}, first.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
