package nl.lse.platform.audit;

import java.util.List;
import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What the verifier found in one tenant's chain.
 *
 * @param tenant the tenant
 * @param sealed how many events the chain head says are sealed
 * @param findings every departure from the chain, in position order
 */
public record VerificationReport(TenantId tenant, long sealed, List<Finding> findings) {

	public VerificationReport {
		findings = List.copyOf(findings);
	}

	public boolean intact() {
		return this.findings.isEmpty();
	}

	/** One departure from the chain. */
	public record Finding(Kind kind, long position, @Nullable UUID eventId, String detail) {

		@Override
		public String toString() {
			return this.kind + " at " + this.position + ((this.eventId != null) ? " (" + this.eventId + ")" : "") + ": "
					+ this.detail;
		}

	}

	/** Kinds of tampering the chain reveals. */
	public enum Kind {

		/** A sealed event's fields no longer hash to its seal. */
		EDITED,
		/** A sealed event is gone. */
		REMOVED,
		/** Sealed events are no longer in their chain order. */
		REORDERED,
		/** The last sealed events are gone. */
		TRUNCATED,
		/** An event that was never sealed appeared inside the sealed range. */
		INSERTED,
		/** The seals in platform disagree with their own chain head. */
		CHAIN_BROKEN

	}

}
