package nl.lse.batch.reports;

import nl.lse.platform.reporting.Period;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The command line: {@code java -jar batch-jobs.jar caseloadReport period=2026-Q3
 * [force=true]}, without a web server (so it runs beside a running batch-jobs app). Exit
 * codes: 0 completed, 1 the run failed or was stopped (restartable: run the same command
 * again), 2 the command is wrong, 3 refused (running elsewhere, completed and not forced,
 * not begun). The reason is printed on standard error.
 */
public class ReportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final Map<String, Job> jobs;

	private final ReportLauncher launcher;

	private final List<Command> commands;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	public ReportCommand(Map<String, Job> jobs, ReportLauncher launcher, List<Command> commands, PrintStream out,
			PrintStream err) {
		this.commands = List.copyOf(commands);
		this.jobs = new TreeMap<>();
		jobs.values().forEach((job) -> this.jobs.put(job.getName(), job));
		this.launcher = launcher;
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.exitCode = execute(arguments.getNonOptionArgs());
	}

	int execute(List<String> arguments) {
		for (Command command : this.commands) {
			if (!arguments.isEmpty() && command.name().equals(arguments.get(0))) {
				return command.run(arguments.subList(1, arguments.size()));
			}
		}
		if (arguments.isEmpty() || !this.jobs.containsKey(arguments.get(0))) {
			this.err.println("Usage: java -jar batch-jobs.jar <job> period=<2026-11|2026-Q3|2026> [force=true]; jobs: "
					+ String.join(", ", this.jobs.keySet()) + "; or: "
					+ String.join(", ", this.commands.stream().map(Command::name).toList()));
			return 2;
		}
		Job job = this.jobs.get(arguments.get(0));
		Map<String, String> options = new TreeMap<>();
		for (String argument : arguments.subList(1, arguments.size())) {
			int equals = argument.indexOf('=');
			if (equals < 1 || !List.of("period", "force").contains(argument.substring(0, equals))) {
				this.err.println("Unknown argument '" + argument + "': give period=... and optionally force=true");
				return 2;
			}
			options.put(argument.substring(0, equals), argument.substring(equals + 1));
		}
		Period period;
		try {
			period = Period.parse(options.getOrDefault("period", ""));
		}
		catch (IllegalArgumentException ex) {
			this.err.println(ex.getMessage());
			return 2;
		}
		try {
			JobExecution execution = this.launcher.launch(job, period, "true".equals(options.get("force")));
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				this.out
					.println(job.getName() + " " + period + ": COMPLETED (job execution " + execution.getId() + ")");
				return 0;
			}
			this.err.println(job.getName() + " " + period + ": " + execution.getStatus() + " (job execution "
					+ execution.getId() + "): " + reasons(execution)
					+ "; run the same command again to restart it from where it stopped");
			return 1;
		}
		catch (ReportLauncher.Refused ex) {
			this.err.println(ex.getMessage());
			return 3;
		}
		catch (Exception ex) {
			this.err.println(job.getName() + " " + period + " could not start: " + ex);
			return 1;
		}
	}

	private static String reasons(JobExecution execution) {
		StringBuilder reasons = new StringBuilder();
		execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStatus() != BatchStatus.COMPLETED)
			.forEach((step) -> {
				reasons.append(step.getStepName()).append(' ').append(step.getStatus());
				step.getFailureExceptions()
					.stream()
					.findFirst()
					.ifPresent((failure) -> reasons.append(" (").append(failure).append(')'));
				reasons.append("; ");
			});
		return reasons.isEmpty() ? String.valueOf(execution.getExitStatus().getExitDescription()) : reasons.toString();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
