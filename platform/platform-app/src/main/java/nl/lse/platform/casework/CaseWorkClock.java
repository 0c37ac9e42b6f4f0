package nl.lse.platform.casework;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Case work's notion of today: Dutch time (a date of a contact is a date in Amsterdam).
 */
@Configuration(proxyBeanMethods = false)
public class CaseWorkClock {

	/** The one zone of case work: dates are dates in the Netherlands. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZONE);
	}

	/**
	 * Bean validation's "today" ({@code @PastOrPresent} on a form's date) is the same
	 * Dutch today: otherwise, on a server in UTC, a date entered between midnight and one
	 * or two in the night would be "in the future".
	 */
	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return (configuration) -> configuration.clockProvider(() -> clock);
	}

}
