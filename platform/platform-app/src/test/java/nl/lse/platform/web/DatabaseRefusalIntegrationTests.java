package nl.lse.platform.web;

import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review, item 9: a row the database refuses never puts its values in the
 * application log. PostgreSQL's own message says "Failing row contains (...)" with
 * whatever was typed; the log says the SQL state, the table and the constraint.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseRefusalIntegrationTests {

	static final String MARKER = "Jansen-06-12345678-MARKER";

	@Test
	void theLogNamesTheConstraintNotTheRefusedValues(CapturedOutput output) {
		DataIntegrityViolationException refused = refusedRow();
		assertThat(refused.getMostSpecificCause().getMessage()).as("what PostgreSQL says").contains(MARKER);

		new ApiErrors(new Denials(null)).refusedByTheDatabase(refused);

		assertThat(output).contains("Input refused by the database: SQL state 23514")
			.contains("constraint person_name_length")
			.doesNotContain(MARKER);
	}

	/** A real refusal: a person whose name is longer than the table takes. */
	private static DataIntegrityViolationException refusedRow() {
		JdbcTemplate superuser = TestDatabase.get().superuser();
		superuser.execute("create temporary table person (name text constraint person_name_length"
				+ " check (length(name) <= 10), contact text)");
		try {
			superuser.update("insert into person values (?, ?)", MARKER, "contact " + MARKER);
		}
		catch (DataIntegrityViolationException ex) {
			return ex;
		}
		throw new AssertionError("the row was not refused");
	}

}
