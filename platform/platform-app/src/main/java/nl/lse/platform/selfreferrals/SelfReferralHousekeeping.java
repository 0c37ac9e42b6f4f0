package nl.lse.platform.selfreferrals;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Finishes interrupted moves and destroys refused self-referrals whose period has passed,
 * a minute after start and then every {@code lse.self-referrals.housekeeping-interval}.
 * Both are idempotent, so two replicas doing it at once do no harm.
 */
class SelfReferralHousekeeping implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SelfReferralHousekeeping.class);

	private final SelfReferralService referrals;

	private final SelfReferralProperties properties;

	private @Nullable ScheduledExecutorService executor;

	SelfReferralHousekeeping(SelfReferralService referrals, SelfReferralProperties properties) {
		this.referrals = referrals;
		this.properties = properties;
	}

	void runOnce() {
		try {
			int moved = this.referrals.finishInterruptedMoves();
			int destroyed = this.referrals.destroyExpired();
			if (moved + destroyed > 0) {
				log.info("Self-referrals: {} interrupted moves finished, {} refused ones destroyed", moved, destroyed);
			}
		}
		catch (RuntimeException ex) {
			log.error("Self-referral housekeeping failed; it runs again at the next interval", ex);
		}
	}

	@Override
	public synchronized void start() {
		if (!this.properties.housekeeping() || this.executor != null) {
			return;
		}
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "self-referral-housekeeping");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.housekeepingInterval().toMillis();
		scheduler.scheduleWithFixedDelay(this::runOnce, Math.min(60_000, interval), interval, TimeUnit.MILLISECONDS);
		this.executor = scheduler;
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
