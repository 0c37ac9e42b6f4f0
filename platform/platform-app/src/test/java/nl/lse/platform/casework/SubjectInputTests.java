package nl.lse.platform.casework;

import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A subject named in a form or a request: a rule violation on its field when invalid. */
class SubjectInputTests {

	@Test
	void aValidUserIdBecomesASubject() {
		assertThat(SubjectInput.of("lseWorker", "lse-1")).isEqualTo(Subject.of("lse-1"));
		assertThat(SubjectInput.ofNullable("lseWorker", "lse-1")).isEqualTo(Subject.of("lse-1"));
		assertThat(SubjectInput.ofNullable("lseWorker", null)).isNull();
	}

	@Test
	void anInvalidUserIdIsARuleViolationOnItsField() {
		assertThatThrownBy(() -> SubjectInput.of("subject", "a\u0001b")).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> {
					assertThat(violation.field()).isEqualTo("subject");
					assertThat(violation.getMessage()).contains("gebruikers-id");
				});
		assertThatThrownBy(() -> SubjectInput.ofNullable("lseWorker", "x".repeat(65))).isInstanceOfSatisfying(
				RuleViolation.class, (violation) -> assertThat(violation.field()).isEqualTo("lseWorker"));
		assertThatThrownBy(() -> SubjectInput.of("lseWorker", "")).isInstanceOf(RuleViolation.class);
	}

}
