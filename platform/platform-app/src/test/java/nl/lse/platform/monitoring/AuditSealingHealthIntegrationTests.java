package nl.lse.platform.monitoring;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.audit.AuditSealer;
import nl.lse.platform.casework.Api;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review, item 2: a transaction held open anywhere in the database stalls the
 * audit sealer (it seals only below the oldest running transaction), and that must show:
 * the sealing health goes OUT_OF_SERVICE once an event waits longer than the allowed lag,
 * and the per-tenant lag gauge grows even though nothing is sealed. The health is read
 * with a clock ten minutes ahead, so the stall does not have to last five minutes.
 */
class AuditSealingHealthIntegrationTests extends PlatformIntegrationTest {

	static final TenantId AMSTERDAM = TenantId.of("gm0363");

	@Autowired
	AuditSealer sealer;

	@Autowired
	TenantCatalog catalog;

	@Autowired
	MeterRegistry meters;

	@Test
	void aHeldTransactionStallsSealingAndTheHealthShowsIt() throws Exception {
		AuditSealingHealth health = new AuditSealingHealth(this.sealer, this.catalog, Duration.ofMinutes(5),
				Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));
		sealEverything();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);

		try (Connection held = TestDatabase.get().dataSource(TestDatabase.get().roles().migrator()).getConnection();
				Statement statement = held.createStatement()) {
			held.setAutoCommit(false);
			statement.execute("select pg_current_xact_id()");
			// an access the audit trail records while that transaction stays open
			assertThat(new Api("cd.amsterdam", "gm0363").get("/cases").status()).isEqualTo(200);

			this.sealer.seal(AMSTERDAM);

			assertThat(this.sealer.oldestUnsealed(AMSTERDAM)).as("nothing could be sealed").isPresent();
			Health stalled = health.health();
			assertThat(stalled.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(String.valueOf(stalled.getDetails().get("unsealedForSeconds"))).contains("gm0363");
			assertThat(this.meters.get("lse.audit.sealer.lag").tag("tenant", "gm0363").gauge().value())
				.as("the lag is measured although nothing was sealed")
				.isPositive();
			held.rollback();
		}

		sealEverything();
		assertThat(this.sealer.oldestUnsealed(AMSTERDAM)).isEmpty();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	private void sealEverything() {
		this.catalog.inService().forEach(this.sealer::seal);
	}

}
