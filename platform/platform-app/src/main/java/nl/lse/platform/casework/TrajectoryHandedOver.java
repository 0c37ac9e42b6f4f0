package nl.lse.platform.casework;

import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;

/**
 * The receiver accepted the handover of a trajectory: it closed, and LSE's worker left
 * the team unless they carry other work on the case.
 *
 * @param tenant the municipality
 * @param caseId the case
 * @param trajectoryId the trajectory handed over
 */
public record TrajectoryHandedOver(TenantId tenant, UUID caseId, UUID trajectoryId) implements CaseWorkEvent {

}
