package nl.lse.admin.onboarding;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A municipality as the admin pages and API show it: catalog status and schema version,
 * how far onboarding got, and how many users hold each municipality role there.
 *
 * @param status the catalog status, or {@code null} before the catalog row exists
 * @param usersPerRole group name to number of members, empty before the organization
 * exists or when Keycloak could not be asked
 */
public record MunicipalityView(String code, String name, @Nullable String status, @Nullable String schemaVersion,
		OnboardingStep step, @Nullable OnboardingStep failedStep, @Nullable String failure, int attempts,
		Map<String, Integer> usersPerRole, List<StepView> steps) {

	/** One step with its state: done, next, failed or waiting. */
	public record StepView(OnboardingStep step, String label, String state) {
	}

	public boolean working() {
		return this.step != OnboardingStep.ACTIVE && this.failedStep == null;
	}

}
