package nl.lse.admin.onboarding;

/** A municipality with this code was asked for before, with other details. */
public class OnboardingConflict extends RuntimeException {

	public OnboardingConflict(String message) {
		super(message);
	}

}
