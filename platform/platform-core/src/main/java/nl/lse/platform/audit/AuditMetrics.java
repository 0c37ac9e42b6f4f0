package nl.lse.platform.audit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.lse.platform.tenancy.TenantId;

/**
 * Audit volume ({@code lse.audit.events}, by action and outcome), and per tenant how far
 * the sealer is behind ({@code lse.audit.sealer.lag}: age in seconds of the oldest event
 * not yet sealed, 0 when all are; updated at every sealing round, also when nothing could
 * be sealed, so a stall shows) and what the last verification of that tenant's chain
 * found ({@code lse.audit.verification.findings}): one value per tenant, so a clean
 * tenant never hides another's findings.
 */
class AuditMetrics {

	private final MeterRegistry registry;

	private final Map<TenantId, AtomicLong> lagMillis = new ConcurrentHashMap<>();

	private final Map<TenantId, AtomicLong> findings = new ConcurrentHashMap<>();

	AuditMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void recorded(AuditEvent event) {
		Counter.builder("lse.audit.events")
			.description("Audit events committed")
			.tag("action", event.action().name())
			.tag("outcome", event.outcome().name())
			.register(this.registry)
			.increment();
	}

	/** How old the tenant's oldest unsealed event is (zero when everything is sealed). */
	void unsealed(TenantId tenant, Duration age) {
		this.lagMillis.computeIfAbsent(tenant, (key) -> {
			AtomicLong value = new AtomicLong();
			Gauge.builder("lse.audit.sealer.lag", value, (lag) -> lag.get() / 1000.0)
				.baseUnit("seconds")
				.tag("tenant", key.code())
				.description("Age of the oldest audit event not yet sealed")
				.register(this.registry);
			return value;
		}).set(age.toMillis());
	}

	void verified(TenantId tenant, int count) {
		this.findings.computeIfAbsent(tenant, (key) -> {
			AtomicLong value = new AtomicLong();
			Gauge.builder("lse.audit.verification.findings", value, AtomicLong::get)
				.tag("tenant", key.code())
				.description("Findings of the last verification of the tenant's audit chain")
				.register(this.registry);
			return value;
		}).set(count);
	}

}
