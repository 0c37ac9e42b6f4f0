package nl.lse.platform.cases;

import java.time.LocalDate;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.identity.Subject;

/**
 * Cases for the tests of other packages (the case page, the trajectory page), which
 * cannot open one themselves: only {@link CaseService} opens cases.
 */
public final class CaseFixture {

	private CaseFixture() {
	}

	/** An open case of severity 2 with light support, opened by case director "cd-1". */
	public static Case open(String reference, LocalDate openedOn) {
		return new Case(reference, Severity.of(2), SupportLevel.LIGHT, Subject.of("cd-1"), openedOn);
	}

}
