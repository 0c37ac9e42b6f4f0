package nl.lse.platform.assignments;

import java.util.Map;
import java.util.UUID;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.casework.CaseWorkChanged;
import nl.lse.platform.events.EventRelay;
import nl.lse.platform.events.TenantEvents;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The event relay: an event exists exactly when its change committed, one that cannot be
 * delivered stays with its error and waits, and a tenant cannot plant events of another.
 */
class EventRelayIntegrationTests extends PlatformIntegrationTest {

	static final TenantId AMSTERDAM = TenantId.of("gm0363");

	@Autowired
	TenantEvents events;

	@Autowired
	EventRelay relay;

	@Autowired
	TenantTransactions tenants;

	final JdbcTemplate superuser = TestDatabase.get().superuser();

	final UUID caseId = UUID.randomUUID();

	@AfterEach
	void removeTestEvents() {
		this.superuser.update("delete from tenant_gm0363.outbox_event where payload ->> 'caseId' = ?",
				this.caseId.toString());
	}

	@Test
	void publishedOnlyInsideTheTenantsTransaction() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.events.publish(new CaseWorkChanged(AMSTERDAM, this.caseId)));
		assertThatIllegalStateException().isThrownBy(() -> this.tenants.inTenant(TenantId.of("gm0599"), (status) -> {
			this.events.publish(new CaseWorkChanged(AMSTERDAM, this.caseId));
			return null;
		}));
		assertThat(stored()).isZero();
	}

	@Test
	void anEventOfARolledBackChangeNeverExists() {
		this.tenants.inTenant(AMSTERDAM, (status) -> {
			this.events.publish((tenant) -> new CaseWorkChanged(tenant, this.caseId));
			status.setRollbackOnly();
			return null;
		});
		assertThat(stored()).isZero();
	}

	@Test
	void aCommittedEventIsDeliveredAndRemoved() {
		this.tenants.inTenant(AMSTERDAM, (status) -> {
			this.events.publish((tenant) -> new CaseWorkChanged(tenant, this.caseId));
			return null;
		});
		this.relay.awaitDelivered();
		assertThat(stored()).isZero();
	}

	@Test
	void anEventOfAnotherTenantStaysWithItsError() {
		// written as gm0363's own role could: it names gm0599
		this.superuser.update("insert into tenant_gm0363.outbox_event (event_type, payload) values (?, ?::jsonb)",
				CaseWorkChanged.class.getName(),
				"{\"tenant\":{\"code\":\"gm0599\"},\"caseId\":\"" + this.caseId + "\"}");
		this.relay.deliver(AMSTERDAM);
		Map<String, Object> row = this.superuser
			.queryForMap("select attempts, last_error, next_attempt_at > now() as waits from tenant_gm0363.outbox_event"
					+ " where payload ->> 'caseId' = ?", this.caseId.toString());
		assertThat(row).containsEntry("attempts", 1).containsEntry("waits", true);
		assertThat((String) row.get("last_error")).contains("An event of gm0599 in the outbox of gm0363");
	}

	@Test
	void anEventNoListenerCanReadStaysWithItsError() {
		this.superuser.update("insert into tenant_gm0363.outbox_event (event_type, payload) values (?, ?::jsonb)",
				"nl.lse.platform.casework.NoSuchEvent", "{\"caseId\":\"" + this.caseId + "\"}");
		this.relay.deliver(AMSTERDAM);
		this.relay.deliver(AMSTERDAM);
		assertThat(this.superuser.queryForObject(
				"select attempts from tenant_gm0363.outbox_event where payload ->> 'caseId' = ?", Integer.class,
				this.caseId.toString()))
			.as("waiting after the first failure, not tried again at once")
			.isEqualTo(1);
	}

	private int stored() {
		Integer count = this.superuser.queryForObject(
				"select count(*) from tenant_gm0363.outbox_event where payload ->> 'caseId' = ?", Integer.class,
				this.caseId.toString());
		return (count != null) ? count : 0;
	}

}
