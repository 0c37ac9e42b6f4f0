package nl.lse.platform.trajectories;

import java.util.Map;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.cases.SupportLevel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The table from severity (1 to 4) and support level to the default number of days
 * between aftercare contacts (docs/case-work.md), configurable per installation as
 * {@code lse.aftercare.frequency-days.<severity>-<LEVEL>}.
 *
 * @param frequencyDays days between contacts, keyed {@code 3-MEDIUM}
 */
@ConfigurationProperties("lse.aftercare")
public record AftercareFrequencies(@DefaultValue Map<String, Integer> frequencyDays) {

	/** The defaults: more severe and more intensive means more often. */
	private static final Map<String, Integer> DEFAULTS = Map.ofEntries(Map.entry("1-LIGHT", 90),
			Map.entry("1-MEDIUM", 60), Map.entry("1-INTENSIVE", 42), Map.entry("2-LIGHT", 60),
			Map.entry("2-MEDIUM", 42), Map.entry("2-INTENSIVE", 28), Map.entry("3-LIGHT", 42),
			Map.entry("3-MEDIUM", 28), Map.entry("3-INTENSIVE", 14), Map.entry("4-LIGHT", 28),
			Map.entry("4-MEDIUM", 14), Map.entry("4-INTENSIVE", 7));

	public int daysBetweenContacts(Severity severity, SupportLevel supportLevel) {
		String key = severity.level() + "-" + supportLevel.name();
		Integer configured = this.frequencyDays.get(key);
		Integer days = (configured != null) ? configured : DEFAULTS.get(key);
		if (days == null) {
			throw new IllegalArgumentException("No aftercare frequency for severity " + severity);
		}
		return days;
	}

}
