package nl.lse.platform.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import nl.lse.platform.audit.AuditSealer;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The health of audit sealing ({@code /actuator/health/auditSealing}): OUT_OF_SERVICE
 * when any tenant has an event older than {@code lse.audit.max-sealing-lag} (5 minutes)
 * that is still not sealed, which is what a transaction held open anywhere in the
 * database does to the sealer; the details name the tenants and their lag in seconds.
 * Security review, item 2.
 */
@Component("auditSealing")
class AuditSealingHealth implements HealthIndicator {

	private final AuditSealer sealer;

	private final TenantCatalog catalog;

	private final Duration maxLag;

	private final Clock clock;

	AuditSealingHealth(AuditSealer sealer, TenantCatalog catalog,
			@Value("${lse.audit.max-sealing-lag:5m}") Duration maxLag, Clock clock) {
		this.sealer = sealer;
		this.catalog = catalog;
		this.maxLag = maxLag;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Instant now = this.clock.instant();
		Map<String, Long> behind = new TreeMap<>();
		for (TenantId tenant : this.catalog.inService()) {
			this.sealer.oldestUnsealed(tenant)
				.map((oldest) -> Duration.between(oldest, now))
				.filter((lag) -> lag.compareTo(this.maxLag) > 0)
				.ifPresent((lag) -> behind.put(tenant.code(), lag.toSeconds()));
		}
		if (behind.isEmpty()) {
			return Health.up().withDetail("maxLagSeconds", this.maxLag.toSeconds()).build();
		}
		return Health.status(Status.OUT_OF_SERVICE)
			.withDetail("maxLagSeconds", this.maxLag.toSeconds())
			.withDetail("unsealedForSeconds", behind)
			.build();
	}

}
