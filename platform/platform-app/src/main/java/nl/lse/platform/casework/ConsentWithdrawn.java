package nl.lse.platform.casework;

import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A consent of a trajectory was withdrawn: the memberships that rested on it ended, and
 * the trajectory ended if it needed that consent.
 *
 * @param tenant the municipality
 * @param caseId the case
 * @param trajectoryId the trajectory the consent was given for
 * @param consentId the consent (withdrawn once, so it names the event)
 * @param trajectoryEnded whether the trajectory ended with it
 */
public record ConsentWithdrawn(TenantId tenant, UUID caseId, UUID trajectoryId, @Nullable UUID consentId,
		boolean trajectoryEnded) implements CaseWorkEvent {

}
