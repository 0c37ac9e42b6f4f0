package nl.lse.platform.casework;

import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;

/**
 * A consultation or trajectory of a case closed (or its commission was withdrawn). The
 * case stays open: closing it is the case director's decision.
 *
 * @param tenant the municipality
 * @param caseId the case
 */
public record WorkClosed(TenantId tenant, UUID caseId) implements CaseWorkEvent {

}
