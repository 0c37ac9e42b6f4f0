package nl.lse.platform.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.lse.platform.audit.VerificationReport.Finding;
import nl.lse.platform.audit.VerificationReport.Kind;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Checks a tenant's audit events against the seals kept in {@code platform}, a window of
 * seals at a time: every sealed event must still exist, hash to its seal from the
 * previous seal, keep its chain order, and no unsealed event may appear between sealed
 * ones. A missing run at the end is reported as a truncated tail.
 */
public class AuditVerifier {

	private static final Log logger = LogFactory.getLog(AuditVerifier.class);

	private final JdbcOperations jdbc;

	private final TenantTransactions tenants;

	private final AuditMetrics metrics;

	private final int window;

	AuditVerifier(JdbcOperations jdbc, TenantTransactions tenants, AuditMetrics metrics, int window) {
		this.jdbc = jdbc;
		this.tenants = tenants;
		this.metrics = metrics;
		this.window = window;
	}

	public VerificationReport verify(TenantId tenant) {
		Optional<ChainHead> head = ChainHead.find(this.jdbc, tenant);
		if (head.isEmpty()) {
			return new VerificationReport(tenant, 0, List.of());
		}
		Walk walk = new Walk(tenant, head.get());
		long last = head.get().position();
		for (long from = 1; from <= last; from += this.window) {
			// never past the head read above: a sealer may be appending meanwhile
			walk.check(seals(tenant, from, Math.min(from + this.window, last + 1)), from + this.window > last);
		}
		VerificationReport report = walk.report();
		// the stored count never goes down (sealing.record_verification): what was found
		// once
		// stays visible until an operator has looked into it and cleared it
		Integer findings = this.jdbc.queryForObject("select sealing.record_verification(?, ?)", Integer.class,
				tenant.code(), report.findings().size());
		this.metrics.verified(tenant, (findings != null) ? findings : report.findings().size());
		if (!report.intact()) {
			logger.error("Audit chain of " + tenant + " is not intact: " + report.findings());
		}
		return report;
	}

	private List<Seal> seals(TenantId tenant, long from, long to) {
		return this.jdbc.query(
				"select position, event_id, hash from platform.audit_seal"
						+ " where tenant_code = ? and position >= ? and position < ? order by position",
				(rs, row) -> new Seal(rs.getLong("position"), rs.getObject("event_id", UUID.class),
						rs.getBytes("hash")),
				tenant.code(), from, to);
	}

	private record Seal(long position, UUID eventId, byte[] hash) {
	}

	/** The state carried from one window of seals to the next. */
	private final class Walk {

		private final TenantId tenant;

		private final ChainHead head;

		private final List<Finding> findings = new ArrayList<>();

		private final List<Finding> removed = new ArrayList<>();

		private byte[] previousHash;

		private long expectedPosition = 1;

		private @Nullable StoredEvent previous;

		/** The chain order up to which unsealed events were looked for. */
		private @Nullable String lowTx;

		private @Nullable Long lowSeq;

		Walk(TenantId tenant, ChainHead head) {
			this.tenant = tenant;
			this.head = head;
			this.previousHash = ChainHash.genesis(tenant);
		}

		void check(List<Seal> seals, boolean last) {
			Map<UUID, StoredEvent> events = events(seals);
			for (Seal seal : seals) {
				if (seal.position() != this.expectedPosition) {
					this.findings.add(new Finding(Kind.CHAIN_BROKEN, this.expectedPosition, null, "seal missing"));
				}
				this.expectedPosition = seal.position() + 1;
				StoredEvent event = events.get(seal.eventId());
				if (event == null) {
					this.removed
						.add(new Finding(Kind.REMOVED, seal.position(), seal.eventId(), "sealed event is gone"));
				}
				else {
					checkEvent(seal, event);
				}
				this.previousHash = seal.hash();
			}
			inserted(seals, events, last);
		}

		private void checkEvent(Seal seal, StoredEvent event) {
			if (!Arrays.equals(ChainHash.next(this.previousHash, event), seal.hash())) {
				this.findings.add(new Finding(Kind.EDITED, seal.position(), event.id(), "fields differ from the seal"));
			}
			if (this.previous != null && event.compareOrder(this.previous) <= 0) {
				this.findings.add(new Finding(Kind.REORDERED, seal.position(), event.id(),
						"comes before the event sealed at " + (seal.position() - 1)));
			}
			this.previous = event;
		}

		private Map<UUID, StoredEvent> events(List<Seal> seals) {
			UUID[] ids = seals.stream().map(Seal::eventId).toArray(UUID[]::new);
			List<StoredEvent> found = AuditVerifier.this.tenants.inTenant(this.tenant,
					(status) -> AuditVerifier.this.jdbc.query("select * from audit_event where id = any(?)",
							StoredEvent.MAPPER, (Object) ids));
			Map<UUID, StoredEvent> byId = new HashMap<>();
			found.forEach((event) -> byId.put(event.id(), event));
			return byId;
		}

		/**
		 * Unsealed events whose chain order falls up to the last event of this window.
		 */
		private void inserted(List<Seal> seals, Map<UUID, StoredEvent> events, boolean last) {
			StoredEvent upTo = seals.stream()
				.map((seal) -> events.get(seal.eventId()))
				.filter((event) -> event != null)
				.reduce((a, b) -> (a.compareOrder(b) >= 0) ? a : b)
				.orElse(null);
			String toTx = last ? this.head.lastTx() : (upTo != null) ? upTo.tx() : null;
			Long toSeq = last ? this.head.lastSeq() : (upTo != null) ? upTo.seq() : null;
			if (toTx == null || toSeq == null) {
				return;
			}
			UUID[] ids = seals.stream().map(Seal::eventId).toArray(UUID[]::new);
			List<StoredEvent> strangers = AuditVerifier.this.tenants.inTenant(this.tenant,
					(status) -> AuditVerifier.this.jdbc.query(
							"select * from audit_event where (tx, seq) > (coalesce(?::xid8, '0'::xid8), coalesce(?, 0))"
									+ " and (tx, seq) <= (?::xid8, ?) and id <> all(?) order by tx, seq",
							StoredEvent.MAPPER, this.lowTx, this.lowSeq, toTx, toSeq, ids));
			strangers.forEach((event) -> this.findings
				.add(new Finding(Kind.INSERTED, this.expectedPosition - 1, event.id(), "event was never sealed")));
			this.lowTx = toTx;
			this.lowSeq = toSeq;
		}

		VerificationReport report() {
			List<Finding> all = new ArrayList<>(this.findings);
			long tailFrom = this.head.position() + 1;
			for (int i = this.removed.size() - 1; i >= 0 && this.removed.get(i).position() == tailFrom - 1; i--) {
				tailFrom--;
			}
			for (Finding gone : this.removed) {
				if (gone.position() < tailFrom) {
					all.add(gone);
				}
			}
			if (tailFrom <= this.head.position()) {
				all.add(new Finding(Kind.TRUNCATED, tailFrom, null,
						"events " + tailFrom + " to " + this.head.position() + " are gone"));
			}
			if (this.expectedPosition - 1 != this.head.position()
					|| !Arrays.equals(this.previousHash, this.head.hash())) {
				all.add(new Finding(Kind.CHAIN_BROKEN, this.head.position(), null,
						"seals end elsewhere than the head"));
			}
			all.sort((a, b) -> Long.compare(a.position(), b.position()));
			return new VerificationReport(this.tenant, this.head.position(), all);
		}

	}

}
