package nl.lse.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.lse.platform.background.BackgroundWork;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Hands the events in the tenants' outboxes to their listeners, outside any transaction,
 * on one thread of its own: a tenant's events soon after a commit on this replica
 * ({@link #nudge}), every tenant's on a sweep (after a start, a crash, or commits on
 * other replicas and apps). An event is deleted once every listener returned; one that
 * fails stays, with its error, and is tried again later, waiting longer each time.
 * Delivery is at least once: two replicas may deliver one event twice, and a listener
 * that fails after another succeeded makes that other see it again.
 */
public class EventRelay implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(EventRelay.class);

	private static final String DUE = """
			select id, event_type, payload::text as payload from outbox_event
			where next_attempt_at is null or next_attempt_at <= now() order by id limit ?""";

	private final JdbcOperations jdbc;

	private final TenantTransactions tenants;

	private final TenantCatalog catalog;

	private final ApplicationEventPublisher listeners;

	private final JsonMapper json;

	private final EventsProperties properties;

	private final MeterRegistry registry;

	private final Set<TenantId> nudged = ConcurrentHashMap.newKeySet();

	private final BackgroundWork background;

	EventRelay(JdbcOperations jdbc, TenantTransactions tenants, TenantCatalog catalog,
			ApplicationEventPublisher listeners, JsonMapper json, EventsProperties properties, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.tenants = tenants;
		this.catalog = catalog;
		this.listeners = listeners;
		this.json = json;
		this.properties = properties;
		this.registry = registry;
		this.background = new BackgroundWork("event-relay", 1).every("The event sweep", properties.firstSweep(),
				properties.sweepInterval(), this::sweep);
	}

	/** Delivers the tenant's events soon, on this replica, if it relays. */
	void nudge(TenantId tenant) {
		if (this.background.isRunning() && this.nudged.add(tenant)
				&& !this.background.once("Delivering the events of " + tenant, this.properties.delay(), () -> {
					this.nudged.remove(tenant);
					deliverSafely(tenant);
				})) {
			this.nudged.remove(tenant);
		}
	}

	/**
	 * Waits until what was nudged so far has been delivered (or has failed): for tests
	 * and tools, which read what the listeners wrote.
	 */
	public void awaitDelivered() {
		ScheduledFuture<?> marker = this.background.marker(this.properties.delay());
		if (marker == null) {
			return;
		}
		try {
			marker.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Delivers the due events of every tenant that has a schema. */
	public void sweep() {
		this.catalog.inService().forEach(this::deliverSafely);
	}

	private void deliverSafely(TenantId tenant) {
		try {
			deliver(tenant);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the outbox of " + tenant + "; the next sweep tries again", ex);
		}
	}

	/**
	 * Delivers the tenant's due events, in the order they were stored.
	 * @return the number delivered
	 */
	public int deliver(TenantId tenant) {
		int total = 0;
		while (true) {
			List<Stored> due = this.tenants.inTenant(tenant, (status) -> this.jdbc.query(DUE,
					(rs, row) -> new Stored(rs.getLong("id"), rs.getString("event_type"), rs.getString("payload")),
					this.properties.batch()));
			List<Long> delivered = new ArrayList<>();
			for (Stored stored : due) {
				try {
					this.listeners.publishEvent(decode(tenant, stored));
					delivered.add(stored.id());
				}
				catch (RuntimeException ex) {
					failed(tenant, stored, ex);
				}
			}
			if (!delivered.isEmpty()) {
				this.tenants.inTenant(tenant, (status) -> this.jdbc.update("delete from outbox_event where id = any(?)",
						(Object) delivered.toArray(Long[]::new)));
				counter("lse.events.delivered", tenant).increment(delivered.size());
			}
			total += delivered.size();
			if (due.size() < this.properties.batch() || delivered.isEmpty()) {
				return total;
			}
		}
	}

	private TenantEvent decode(TenantId tenant, Stored stored) {
		Class<?> type;
		try {
			type = Class.forName(stored.type(), false, getClass().getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("No event type " + stored.type(), ex);
		}
		if (!TenantEvent.class.isAssignableFrom(type)) {
			throw new IllegalStateException(stored.type() + " is not a tenant event");
		}
		TenantEvent event = (TenantEvent) this.json.readValue(stored.payload(), type);
		if (!tenant.equals(event.tenant())) {
			throw new IllegalStateException("An event of " + event.tenant() + " in the outbox of " + tenant);
		}
		return event;
	}

	private void failed(TenantId tenant, Stored stored, RuntimeException ex) {
		logger.warn("Event " + stored.id() + " (" + stored.type() + ") of " + tenant + " failed; tried again later",
				ex);
		counter("lse.events.failed", tenant).increment();
		String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		String longest = this.properties.maxBackoff().toSeconds() + " seconds";
		this.tenants.inTenant(tenant, (status) -> this.jdbc.update("""
				update outbox_event set attempts = attempts + 1, last_error = left(?, 1000),
				next_attempt_at = now() + least(interval '1 second' * power(2, least(attempts, 20)), ?::interval)
				where id = ?""", error, longest, stored.id()));
	}

	private Counter counter(String name, TenantId tenant) {
		return Counter.builder(name).tag("tenant", tenant.code()).register(this.registry);
	}

	@Override
	public void start() {
		if (this.properties.relay()) {
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

	private record Stored(long id, String type, String payload) {
	}

}
