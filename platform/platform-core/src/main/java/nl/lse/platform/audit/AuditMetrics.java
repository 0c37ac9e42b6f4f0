package nl.lse.platform.audit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Audit volume ({@code lse.audit.events}, by action and outcome), how far the sealer is
 * behind ({@code lse.audit.sealer.lag}: age in seconds of the oldest event sealed in the
 * last round) and what the last verification found
 * ({@code lse.audit.verification.findings}).
 */
class AuditMetrics {

	private final MeterRegistry registry;

	private final AtomicLong lagMillis = new AtomicLong();

	private final AtomicLong findings = new AtomicLong();

	AuditMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("lse.audit.sealer.lag", this.lagMillis, (lag) -> lag.get() / 1000.0)
			.baseUnit("seconds")
			.description("Age of the oldest audit event sealed in the last round")
			.register(registry);
		Gauge.builder("lse.audit.verification.findings", this.findings, AtomicLong::get)
			.description("Findings of the last audit chain verification")
			.register(registry);
	}

	void recorded(AuditEvent event) {
		Counter.builder("lse.audit.events")
			.description("Audit events committed")
			.tag("action", event.action().name())
			.tag("outcome", event.outcome().name())
			.register(this.registry)
			.increment();
	}

	void sealed(Duration lag) {
		this.lagMillis.set(lag.toMillis());
	}

	void verified(int findings) {
		this.findings.set(findings);
	}

}
