package nl.lse.platform.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registering and triaging a signal. */
class SignalTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	@Test
	void onlyTheCaseDirectorIsOfferedTheTriageOfANewSignal() {
		Caller director = new Caller(Subject.of("cd"), "Director", true, false, false, false, false);
		Caller staff = new Caller(Subject.of("staff"), "Staff", false, true, false, false, false);
		Signal signal = new Signal(TODAY, "Zorg", Signal.Source.SCHOOL, List.of(), Subject.of("staff"), NOW, TODAY);
		assertThat(signal.mayBeTriagedBy(director)).isTrue();
		assertThat(signal.mayBeTriagedBy(staff)).isFalse();
		signal.dismiss("Geen zorgen na gesprek", Subject.of("cd"), NOW);
		assertThat(signal.mayBeTriagedBy(director)).as("triaged once").isFalse();
	}

	@Test
	void aSignalFromTheFutureIsRefused() {
		refused(() -> new Signal(TODAY.plusDays(1), "Zorg", Signal.Source.SCHOOL, List.of(), Subject.of("s"), NOW,
				TODAY), "receivedOn");
	}

	@Test
	void noActionNeedsAReason() {
		Signal signal = signal();
		refused(() -> signal.dismiss(" ", Subject.of("cd"), NOW), "reason");
		signal.dismiss("Geen zorgen na gesprek", Subject.of("cd"), NOW);
		assertThat(signal.status()).isEqualTo(Signal.Status.NO_ACTION);
	}

	@Test
	void aFollowUpStaysLinkedToWhatFollowed() {
		Signal signal = signal();
		UUID kase = UUID.randomUUID();
		UUID trajectory = UUID.randomUUID();
		signal.followUp(kase, null, trajectory, null, Subject.of("cd"), NOW);
		assertThat(signal.status()).isEqualTo(Signal.Status.FOLLOWED_UP);
		assertThat(signal.caseId()).isEqualTo(kase);
		assertThat(signal.trajectoryId()).isEqualTo(trajectory);
	}

	@Test
	void triagedOnlyOnce() {
		Signal signal = signal();
		signal.dismiss("Reden", Subject.of("cd"), NOW);
		refused(() -> signal.followUp(UUID.randomUUID(), null, null, null, Subject.of("cd"), NOW), "status");
		refused(() -> signal.dismiss("Reden", Subject.of("cd"), NOW), "status");
	}

	static Signal signal() {
		return new Signal(TODAY, "Zorg", Signal.Source.SCHOOL, List.of(), Subject.of("s"), NOW, TODAY);
	}

	static void refused(Runnable change, String field) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.field()).isEqualTo(field));
	}

}
