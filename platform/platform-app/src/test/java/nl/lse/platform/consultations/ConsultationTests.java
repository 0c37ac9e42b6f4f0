package nl.lse.platform.consultations;

import java.time.Instant;
import java.util.UUID;

import nl.lse.platform.casework.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** REQUESTED -> IN_PROGRESS -> ADVISED -> CLOSED, and every refusal. */
class ConsultationTests {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	@Test
	void aGeneralQuestionHasNoCase() {
		assertThat(new Consultation(null, "Vraag", "staff", NOW).caseId()).isNull();
	}

	@Test
	void anEmptyQuestionIsRefused() {
		refused(() -> new Consultation(UUID.randomUUID(), " ", "staff", NOW), "question");
	}

	@Test
	void goesThroughItsStatuses() {
		Consultation consultation = new Consultation(null, "Vraag", "staff", NOW);
		consultation.take("worker", NOW);
		assertThat(consultation.status()).isEqualTo(Consultation.Status.IN_PROGRESS);
		consultation.advise("worker", "Advies", NOW);
		assertThat(consultation.status()).isEqualTo(Consultation.Status.ADVISED);
		consultation.close(NOW);
		assertThat(consultation.status()).isEqualTo(Consultation.Status.CLOSED);
	}

	@Test
	void takenOnlyOnce() {
		Consultation consultation = new Consultation(null, "Vraag", "staff", NOW);
		consultation.take("worker", NOW);
		refused(() -> consultation.take("other", NOW), "status");
	}

	@Test
	void adviceOnlyInProgressAndByWhoeverTookIt() {
		Consultation consultation = new Consultation(null, "Vraag", "staff", NOW);
		refused(() -> consultation.advise("worker", "Advies", NOW), "status");
		consultation.take("worker", NOW);
		refused(() -> consultation.advise("other", "Advies", NOW), "lseWorker");
		refused(() -> consultation.advise("worker", " ", NOW), "advice");
	}

	@Test
	void closedOnlyOnceAdvised() {
		Consultation consultation = new Consultation(null, "Vraag", "staff", NOW);
		refused(() -> consultation.close(NOW), "status");
		consultation.take("worker", NOW);
		refused(() -> consultation.close(NOW), "status");
	}

	static void refused(Runnable change, String field) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.field()).isEqualTo(field));
	}

}
