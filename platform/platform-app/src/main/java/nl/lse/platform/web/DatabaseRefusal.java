package nl.lse.platform.web;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * What the application log may say about input the database refused: the SQL state, the
 * table and the constraint, never the message, to which PostgreSQL adds "Failing row
 * contains (...)", the refused values (names, contact details).
 */
public final class DatabaseRefusal {

	private DatabaseRefusal() {
	}

	public static String describe(DataIntegrityViolationException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
			ServerErrorMessage server = psql.getServerErrorMessage();
			StringBuilder text = new StringBuilder("SQL state ").append(server.getSQLState());
			if (server.getTable() != null) {
				text.append(", table ").append(server.getTable());
			}
			if (server.getConstraint() != null) {
				text.append(", constraint ").append(server.getConstraint());
			}
			if (server.getColumn() != null) {
				text.append(", column ").append(server.getColumn());
			}
			return text.toString();
		}
		if (cause instanceof SQLException sql) {
			return "SQL state " + sql.getSQLState();
		}
		return cause.getClass().getSimpleName();
	}

}
