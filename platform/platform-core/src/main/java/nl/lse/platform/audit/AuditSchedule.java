package nl.lse.platform.audit;

import java.time.Duration;

import nl.lse.platform.background.BackgroundWork;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the sealer soon after commits, sweeps every tenant now and then, and verifies
 * every chain on its interval, on threads of its own (no request ever waits for it).
 */
class AuditSchedule implements SmartLifecycle {

	private final BackgroundWork background;

	AuditSchedule(AuditSealer sealer, AuditChains chains, AuditProperties properties) {
		// two threads: a long verification never holds sealing back
		this.background = new BackgroundWork("audit-sealer", 2)
			.every("Sealing after commits", properties.sealDelay(), properties.sealDelay(), sealer::sealDirty)
			.every("The sealing sweep", Duration.ofSeconds(10), properties.sweepInterval(), sealer::sealAll)
			.every("Verifying the chains", properties.verifyInterval(), properties.verifyInterval(), chains::verifyAll);
	}

	@Override
	public void start() {
		this.background.start();
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
