package nl.lse.platform.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How serious the concern about a case is, 1 (least) to 4 (most), as the case director
 * assessed it; with the support level it sets the standard aftercare frequency. A number
 * outside 1 to 4 cannot exist: it is refused where it is made, with the field to fix.
 *
 * @param level 1 to 4
 */
public record Severity(int level) implements Comparable<Severity> {

	public static final int LOWEST = 1;

	public static final int HIGHEST = 4;

	public Severity {
		RuleViolation.check(level >= LOWEST && level <= HIGHEST, "severity", "De ernst is 1, 2, 3 of 4.");
	}

	@JsonCreator
	public static Severity of(int level) {
		return new Severity(level);
	}

	@JsonValue
	@Override
	public int level() {
		return this.level;
	}

	@Override
	public int compareTo(Severity other) {
		return Integer.compare(this.level, other.level);
	}

	/** The number, as the pages and message keys ({@code enum.severity.3}) show it. */
	@Override
	public String toString() {
		return String.valueOf(this.level);
	}

}
