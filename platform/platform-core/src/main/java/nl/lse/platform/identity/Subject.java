package nl.lse.platform.identity;

import java.io.Serializable;

/**
 * Who someone is: the Keycloak user id (the token's {@code sub} claim), never a display
 * name, an organisation or a tenant code. Kept as it comes, without trimming.
 *
 * @param value the user id: 1 to 64 characters, not blank, no control characters
 */
public record Subject(String value) implements Serializable {

	/** The longest user id the platform keeps (the columns that hold one). */
	public static final int MAX_LENGTH = 64;

	public Subject {
		if (value == null) {
			throw new IllegalArgumentException("A subject (Keycloak user id) is required");
		}
		if (value.isEmpty() || value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"A subject (Keycloak user id) has 1 to " + MAX_LENGTH + " characters, not " + value.length());
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException("A subject (Keycloak user id) is not blank");
		}
		if (value.codePoints().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("A subject (Keycloak user id) has no control characters");
		}
	}

	public static Subject of(String value) {
		return new Subject(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
