package nl.lse.platform.casework;

import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;

/**
 * Someone joined or left a case's team (a chain partner, an LSE worker, an adviser).
 *
 * @param tenant the municipality
 * @param caseId the case
 */
public record CaseTeamChanged(TenantId tenant, UUID caseId) implements CaseWorkEvent {

}
