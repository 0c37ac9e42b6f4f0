package nl.lse.platform.casework;

/**
 * A domain rule refused a change. The message names the rule in Dutch; the field points
 * at what to fix. Answered as 422 with a ProblemDetail.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	public RuleViolation(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

	public static void check(boolean condition, String field, String message) {
		if (!condition) {
			throw new RuleViolation(field, message);
		}
	}

}
