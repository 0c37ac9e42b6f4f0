package nl.lse.platform.selfreferrals;

import java.time.Duration;

import nl.lse.platform.background.BackgroundWork;

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

	private final BackgroundWork background;

	SelfReferralHousekeeping(SelfReferralService referrals, SelfReferralProperties properties) {
		this.referrals = referrals;
		this.properties = properties;
		Duration interval = properties.housekeepingInterval();
		this.background = new BackgroundWork("self-referral-housekeeping", 1).every("Self-referral housekeeping",
				(interval.compareTo(Duration.ofMinutes(1)) < 0) ? interval : Duration.ofMinutes(1), interval,
				this::runOnce);
	}

	void runOnce() {
		int moved = this.referrals.finishInterruptedMoves();
		int destroyed = this.referrals.destroyExpired();
		if (moved + destroyed > 0) {
			log.info("Self-referrals: {} interrupted moves finished, {} refused ones destroyed", moved, destroyed);
		}
	}

	@Override
	public void start() {
		if (this.properties.housekeeping()) {
			this.background.start();
		}
	}

	@Override
	public void stop() {
		this.background.stop();
	}

	@Override
	public boolean isRunning() {
		return this.background.isRunning();
	}

}
