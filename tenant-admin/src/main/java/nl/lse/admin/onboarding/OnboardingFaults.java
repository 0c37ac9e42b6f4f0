package nl.lse.admin.onboarding;

/**
 * Called before each onboarding step and after its work, before it is recorded as done:
 * the tests inject failures there (between two steps, and as a crash in the middle of
 * one). The app itself has none.
 */
public interface OnboardingFaults {

	OnboardingFaults NONE = new OnboardingFaults() {
	};

	default void before(String code, OnboardingStep step) {
	}

	default void afterWork(String code, OnboardingStep step) {
	}

}
