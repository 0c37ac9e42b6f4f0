package nl.lse.platform.casework;

import java.util.UUID;

import nl.lse.platform.events.TenantEvent;
import org.jspecify.annotations.Nullable;

/**
 * Something happened in a municipality's case work that listeners outside the case's
 * transaction act on (the assignment index, the central office's figures, the team's
 * notices). Published through {@code TenantEvents}, so it is stored with the change and
 * delivered after commit, also after a crash (docs/architecture.md, "Events").
 */
public sealed interface CaseWorkEvent extends TenantEvent permits CaseWorkChanged, CaseTeamChanged, WorkClosed,
		TrajectoryHandedOver, ConsentWithdrawn, CommissionWithdrawn {

	/** The case, or null for a consultation request without one. */
	@Nullable UUID caseId();

}
