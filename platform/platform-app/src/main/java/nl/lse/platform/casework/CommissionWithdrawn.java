package nl.lse.platform.casework;

import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;

/**
 * The case director withdrew the commission of a trajectory: it ended, or (in aftercare)
 * LSE hands it back to the municipality. The case stays open.
 *
 * @param tenant the municipality
 * @param caseId the case
 * @param trajectoryId the trajectory (its commission is withdrawn once)
 * @param handedBack whether LSE hands it back through a handover rather than ending at
 * once
 */
public record CommissionWithdrawn(TenantId tenant, UUID caseId, UUID trajectoryId,
		boolean handedBack) implements CaseWorkEvent {

}
