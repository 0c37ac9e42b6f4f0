package nl.lse.platform.casework;

import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The work on a case (or a consultation without one) moved: a phase, an assignment, an
 * aftercare date, a request.
 *
 * @param tenant the municipality
 * @param caseId the case, or null for a consultation request without one
 */
public record CaseWorkChanged(TenantId tenant, @Nullable UUID caseId) implements CaseWorkEvent {

}
