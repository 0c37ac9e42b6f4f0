package nl.lse.platform.consultations;

import java.time.Instant;
import java.util.UUID;

import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** REQUESTED -> IN_PROGRESS -> ADVISED -> CLOSED, and every refusal. */
class ConsultationTests {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	@Test
	void aGeneralQuestionHasNoCase() {
		assertThat(new Consultation(null, "Vraag", Subject.of("staff"), NOW).caseId()).isNull();
	}

	@Test
	void offersEachCallerWhatTheConsultationAccepts() {
		Caller staff = new Caller(Subject.of("staff"), "Staff", false, true, false, false, false);
		Caller director = new Caller(Subject.of("cd"), "Director", true, false, false, false, false);
		Caller worker = new Caller(Subject.of("worker"), "Worker", false, false, false, true, false);
		Caller other = new Caller(Subject.of("other"), "Other worker", false, false, false, true, false);
		Consultation general = new Consultation(null, "Vraag", Subject.of("staff"), NOW);
		assertThat(general.allowedActions(worker)).containsExactly(ConsultationAction.TAKE);
		assertThat(general.allowedActions(director)).isEmpty();
		Consultation aboutACase = new Consultation(UUID.randomUUID(), "Vraag", Subject.of("staff"), NOW);
		assertThat(aboutACase.allowedActions(worker)).as("handed out by the coordinator").isEmpty();
		general.take(Subject.of("worker"), NOW);
		assertThat(general.allowedActions(worker)).containsExactly(ConsultationAction.ADVISE);
		assertThat(general.allowedActions(other)).isEmpty();
		assertThat(general.allowedActions(staff)).as("closing waits for the advice").isEmpty();
		general.advise(Subject.of("worker"), "Advies", NOW);
		assertThat(general.allowedActions(worker)).isEmpty();
		assertThat(general.allowedActions(staff)).containsExactly(ConsultationAction.CLOSE);
		assertThat(general.allowedActions(director)).containsExactly(ConsultationAction.CLOSE);
		general.close(NOW);
		assertThat(general.allowedActions(director)).isEmpty();
	}

	@Test
	void anEmptyQuestionIsRefused() {
		refused(() -> new Consultation(UUID.randomUUID(), " ", Subject.of("staff"), NOW), "question");
	}

	@Test
	void goesThroughItsStatuses() {
		Consultation consultation = new Consultation(null, "Vraag", Subject.of("staff"), NOW);
		consultation.take(Subject.of("worker"), NOW);
		assertThat(consultation.status()).isEqualTo(Consultation.Status.IN_PROGRESS);
		consultation.advise(Subject.of("worker"), "Advies", NOW);
		assertThat(consultation.status()).isEqualTo(Consultation.Status.ADVISED);
		consultation.close(NOW);
		assertThat(consultation.status()).isEqualTo(Consultation.Status.CLOSED);
	}

	@Test
	void takenOnlyOnce() {
		Consultation consultation = new Consultation(null, "Vraag", Subject.of("staff"), NOW);
		consultation.take(Subject.of("worker"), NOW);
		refused(() -> consultation.take(Subject.of("other"), NOW), "status");
	}

	@Test
	void adviceOnlyInProgressAndByWhoeverTookIt() {
		Consultation consultation = new Consultation(null, "Vraag", Subject.of("staff"), NOW);
		refused(() -> consultation.advise(Subject.of("worker"), "Advies", NOW), "status");
		consultation.take(Subject.of("worker"), NOW);
		refused(() -> consultation.advise(Subject.of("other"), "Advies", NOW), "lseWorker");
		refused(() -> consultation.advise(Subject.of("worker"), " ", NOW), "advice");
	}

	@Test
	void closedOnlyOnceAdvised() {
		Consultation consultation = new Consultation(null, "Vraag", Subject.of("staff"), NOW);
		refused(() -> consultation.close(NOW), "status");
		consultation.take(Subject.of("worker"), NOW);
		refused(() -> consultation.close(NOW), "status");
	}

	static void refused(Runnable change, String field) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.field()).isEqualTo(field));
	}

}
