package nl.lse.platform.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What a Keycloak user id may be. */
class SubjectTests {

	@Test
	void keepsAUserIdAsItComes() {
		Subject subject = Subject.of("0b3c8f9e-1d2a-4c5b-9e7f-6a1b2c3d4e5f");
		assertThat(subject.value()).isEqualTo("0b3c8f9e-1d2a-4c5b-9e7f-6a1b2c3d4e5f");
		assertThat(subject).hasToString("0b3c8f9e-1d2a-4c5b-9e7f-6a1b2c3d4e5f");
		assertThat(subject).isEqualTo(new Subject("0b3c8f9e-1d2a-4c5b-9e7f-6a1b2c3d4e5f"));
		assertThat(Subject.of("a".repeat(64)).value()).hasSize(64);
		assertThat(Subject.of(" padded ").value()).isEqualTo(" padded ");
	}

	@Test
	void rejectsNullEmptyAndBlank() {
		assertThatIllegalArgumentException().isThrownBy(() -> Subject.of(null)).withMessageContaining("required");
		assertThatIllegalArgumentException().isThrownBy(() -> Subject.of("")).withMessageContaining("1 to 64");
		assertThatIllegalArgumentException().isThrownBy(() -> Subject.of("   ")).withMessageContaining("not blank");
	}

	@Test
	void rejectsMoreThanSixtyFourCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> Subject.of("a".repeat(65)))
			.withMessageContaining("1 to 64")
			.withMessageContaining("65");
	}

	@Test
	void rejectsControlCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> Subject.of("worker\n1"))
			.withMessageContaining("control characters");
		assertThatIllegalArgumentException().isThrownBy(() -> Subject.of("worker\u00001"))
			.withMessageContaining("control characters");
		assertThatIllegalArgumentException().isThrownBy(() -> Subject.of("worker\u00851"))
			.withMessageContaining("control characters");
	}

}
