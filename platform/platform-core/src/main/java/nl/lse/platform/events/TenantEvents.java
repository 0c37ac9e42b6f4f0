package nl.lse.platform.events;

import java.util.Optional;
import java.util.function.Function;

import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes a tenant's events: one row in the tenant's {@code outbox_event} per event, in
 * the transaction of the change (so the event exists exactly when the change does), and a
 * nudge to this replica's relay after that transaction commits.
 */
public class TenantEvents {

	private final JdbcOperations jdbc;

	private final JsonMapper json;

	private final EventRelay relay;

	TenantEvents(JdbcOperations jdbc, JsonMapper json, EventRelay relay) {
		this.jdbc = jdbc;
		this.json = json;
		this.relay = relay;
	}

	/**
	 * Stores the event made for the current tenant.
	 * @param event the event, given the tenant of the current transaction
	 */
	public void publish(Function<TenantId, ? extends TenantEvent> event) {
		TenantId tenant = TenantContext.current()
			.orElseThrow(() -> new IllegalStateException("Events are published inside a tenant's transaction"));
		publish(event.apply(tenant));
	}

	/** Stores the event in its tenant's outbox, inside that tenant's transaction. */
	public void publish(TenantEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TenantContext.current().equals(Optional.of(event.tenant()))) {
			throw new IllegalStateException("An event of " + event.tenant() + " is published inside a transaction of "
					+ event.tenant() + ", not " + TenantContext.current().map(TenantId::code).orElse("no tenant"));
		}
		this.jdbc.update("insert into outbox_event (event_type, payload) values (?, ?::jsonb)",
				event.getClass().getName(), this.json.writeValueAsString(event));
		TenantId tenant = event.tenant();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				TenantEvents.this.relay.nudge(tenant);
			}

		});
	}

}
