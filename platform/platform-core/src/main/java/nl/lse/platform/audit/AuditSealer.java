package nl.lse.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed audit events by hash, shortly after commit, without taking any lock a
 * request waits for. Only events of transactions that have ended are taken (their
 * {@code tx} is below the oldest running transaction), in (tx, seq) order, so an event
 * that commits late can never fall behind the chain. The runtime login cannot write the
 * seal store: seals and the new head go through {@code sealing.append_seals}, which only
 * appends right after the head it holds locked. An advisory lock per tenant keeps sealers
 * on several replicas from doing the same work twice.
 */
public class AuditSealer {

	private static final Log logger = LogFactory.getLog(AuditSealer.class);

	private static final String UNSEALED = """
			select * from audit_event
			where (tx, seq) > (coalesce(?::xid8, '0'::xid8), coalesce(?, 0))
			and tx < pg_snapshot_xmin(pg_current_snapshot())
			order by tx, seq limit ?""";

	private static final String OLDEST_UNSEALED = """
			select min(occurred_at) from audit_event
			where (tx, seq) > (coalesce(?::xid8, '0'::xid8), coalesce(?, 0))""";

	private final Set<TenantId> dirty = ConcurrentHashMap.newKeySet();

	private final JdbcOperations jdbc;

	private final TransactionTemplate platform;

	private final TenantTransactions tenants;

	private final TenantCatalog catalog;

	private final AuditMetrics metrics;

	private final int batchSize;

	private final Clock clock;

	AuditSealer(JdbcOperations jdbc, TransactionTemplate platform, TenantTransactions tenants, TenantCatalog catalog,
			AuditMetrics metrics, int batchSize, Clock clock) {
		this.jdbc = jdbc;
		this.platform = platform;
		this.tenants = tenants;
		this.catalog = catalog;
		this.metrics = metrics;
		this.batchSize = batchSize;
		this.clock = clock;
	}

	void markDirty(TenantId tenant) {
		this.dirty.add(tenant);
	}

	/** Seals the tenants that committed events on this replica since the last round. */
	void sealDirty() {
		for (TenantId tenant : List.copyOf(this.dirty)) {
			this.dirty.remove(tenant);
			sealSafely(tenant);
		}
	}

	/** Seals every tenant with a schema: catches events committed on other replicas. */
	void sealAll() {
		this.catalog.inService().forEach(this::sealSafely);
	}

	private void sealSafely(TenantId tenant) {
		try {
			seal(tenant);
		}
		catch (RuntimeException ex) {
			this.dirty.add(tenant);
			logger.warn("Sealing the audit events of " + tenant + " failed; will retry", ex);
		}
	}

	/**
	 * Seals everything of the tenant that can be sealed now.
	 * @return the number of events sealed
	 */
	public long seal(TenantId tenant) {
		long total = 0;
		int sealed;
		do {
			sealed = sealBatch(tenant);
			total += sealed;
		}
		while (sealed == this.batchSize);
		// also when nothing could be sealed: a stall (a transaction held open somewhere)
		// shows as a growing lag
		Instant now = this.clock.instant();
		this.metrics.unsealed(tenant,
				oldestUnsealed(tenant).map((oldest) -> Duration.between(oldest, now))
					.filter((age) -> !age.isNegative())
					.orElse(Duration.ZERO));
		return total;
	}

	/**
	 * When the tenant's oldest event that is not sealed yet happened; empty when every
	 * event is sealed. Events held back by an open transaction count: that is the stall
	 * this is for.
	 */
	public Optional<Instant> oldestUnsealed(TenantId tenant) {
		Optional<ChainHead> head = ChainHead.find(this.jdbc, tenant);
		String lastTx = head.map(ChainHead::lastTx).orElse(null);
		Long lastSeq = head.map(ChainHead::lastSeq).orElse(null);
		return this.tenants
			.inTenant(tenant,
					(status) -> this.jdbc.query(OLDEST_UNSEALED, (rs, row) -> rs.getObject(1, OffsetDateTime.class),
							lastTx, lastSeq))
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(OffsetDateTime::toInstant);
	}

	private int sealBatch(TenantId tenant) {
		Integer sealed = this.platform.execute((status) -> {
			this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended('lse-audit-seal:' || ?, 0))",
					Object.class, tenant.code());
			ChainHead head = ChainHead.current(this.jdbc, tenant);
			List<StoredEvent> events = this.tenants.inTenant(tenant, (tenantStatus) -> this.jdbc.query(UNSEALED,
					StoredEvent.MAPPER, head.lastTx(), head.lastSeq(), this.batchSize));
			if (events.isEmpty()) {
				return 0;
			}
			append(tenant, head, events);
			return events.size();
		});
		return (sealed != null) ? sealed : 0;
	}

	private void append(TenantId tenant, ChainHead head, List<StoredEvent> events) {
		ByteArrayOutputStream hashes = new ByteArrayOutputStream(32 * events.size());
		StringJoiner ids = new StringJoiner(",", "{", "}");
		byte[] hash = head.hash();
		for (StoredEvent event : events) {
			hash = ChainHash.next(hash, event);
			hashes.writeBytes(hash);
			ids.add(event.id().toString());
		}
		StoredEvent last = events.get(events.size() - 1);
		Long position = this.jdbc.queryForObject("select sealing.append_seals(?, ?, ?::uuid[], ?, ?::xid8, ?)",
				Long.class, tenant.code(), head.position(), ids.toString(), hashes.toByteArray(), last.tx(),
				last.seq());
		// the head in the application log too: an anchor outside the database
		logger.info("Audit chain " + tenant + " sealed to " + position + " head " + HexFormat.of().formatHex(hash));
	}

}
