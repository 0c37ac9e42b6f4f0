package nl.lse.admin.onboarding;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One municipality's onboarding as stored in {@code platform.onboarding}.
 *
 * @param step the last step done
 * @param failedStep the step the last run stopped at, while it has not been done since
 */
public record OnboardingRecord(String code, String name, int retentionYears, String directorName, String directorEmail,
		OnboardingStep step, @Nullable String organizationId, @Nullable String directorUserId, int attempts,
		@Nullable OnboardingStep failedStep, @Nullable String failure, String requestedBy, Instant requestedAt,
		Instant updatedAt, @Nullable Instant finishedAt) {

	public boolean finished() {
		return this.step == OnboardingStep.ACTIVE;
	}

	public boolean failed() {
		return this.failedStep != null;
	}

	/** Whether a step is done, the one being worked on, failed, or still to come. */
	public String stateOf(OnboardingStep shown) {
		if (shown.compareTo(this.step) <= 0) {
			return "done";
		}
		if (shown == this.failedStep) {
			return "failed";
		}
		return (shown == this.step.next() && !finished()) ? "next" : "waiting";
	}

	boolean sameRequest(MunicipalityRequest request) {
		return this.name.equals(request.name()) && this.retentionYears == request.retentionYears()
				&& this.directorName.equals(request.directorName())
				&& this.directorEmail.equals(request.directorEmail());
	}

}
