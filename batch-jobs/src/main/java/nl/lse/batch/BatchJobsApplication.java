package nl.lse.batch;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring Batch jobs: management reports and housekeeping, one partition per tenant, with
 * the job repository in schema {@code batch}. Started with a job name
 * ({@code java -jar batch-jobs.jar caseloadReport period=2026-Q3}) it runs that job once,
 * without a web server or schedule, and exits with the job's outcome; otherwise it is the
 * app (actuator, in-app schedule).
 */
@SpringBootApplication
public class BatchJobsApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BatchJobsApplication.class);
		boolean command = args.length > 0 && !args[0].startsWith("-");
		String[] arguments = args;
		if (command) {
			application.setWebApplicationType(WebApplicationType.NONE);
			// as arguments, which win over the configuration files and the environment
			arguments = Stream
				.concat(Arrays.stream(args), Stream.of("--lse.reports.command=true",
						"--lse.reports.schedule.enabled=false", "--lse.reports.demo=false"))
				.toArray(String[]::new);
		}
		ConfigurableApplicationContext context = application.run(arguments);
		if (command) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
