package nl.lse.platform.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/** Bean validation knows the Dutch today, not the server's. */
class CaseWorkClockTests {

	record Form(@PastOrPresent LocalDate on) {
	}

	@Test
	void justAfterMidnightInAmsterdamTodayIsNotInTheFuture() {
		// 00:30 on 30 November in Amsterdam, still 29 November in UTC
		Clock clock = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), CaseWorkClock.ZONE);
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setConfigurationInitializer(
				(configuration) -> new CaseWorkClock().validationClock(clock).customize(configuration));
		validator.afterPropertiesSet();
		assertThat(validator.validate(new Form(LocalDate.of(2026, 11, 30)))).isEmpty();
		assertThat(validator.validate(new Form(LocalDate.of(2026, 12, 1)))).hasSize(1);
		validator.close();
	}

}
