package nl.lse.batch.reports;

import java.util.List;

/**
 * A command of the command line that is not a report (e.g. {@code dailyReminders}): its
 * name, and what it does with the arguments after the name; the exit code.
 */
public interface Command {

	String name();

	int run(List<String> arguments);

}
