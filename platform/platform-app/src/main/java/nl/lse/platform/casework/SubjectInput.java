package nl.lse.platform.casework;

import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * A subject (Keycloak user id) as a form or a request names one: one that is no valid
 * subject is refused as a {@link RuleViolation} on its field, never a server error.
 */
public final class SubjectInput {

	static final String INVALID = "Dit is geen geldige gebruikers-id (1 tot " + Subject.MAX_LENGTH
			+ " tekens, zonder stuurtekens).";

	private SubjectInput() {
	}

	public static Subject of(String field, String value) {
		try {
			return Subject.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation(field, INVALID);
		}
	}

	/** The subject, or {@code null} when none is named. */
	public static @Nullable Subject ofNullable(String field, @Nullable String value) {
		return (value != null) ? of(field, value) : null;
	}

}
