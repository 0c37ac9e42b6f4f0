package nl.lse.batch.caseload;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import nl.lse.batch.BatchJobsApplication;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command line in a child JVM, stopped the hard way and the clean way: killed with
 * {@code kill -9} after k of n municipalities, then run again, it restarts the same job
 * instance, runs only the partitions that had not completed and ends with exactly the
 * rows of an undisturbed run (no duplicate, none missing); a SIGTERM ends it STOPPED, and
 * the next run completes it. The data lies in 2025-Q2 and is closed within it, so it adds
 * nothing to the other tests' periods.
 */
class CaseloadRestartIntegrationTests {

	static final List<String> TENANTS = List.of("gm0901", "gm0902", "gm0903", "gm0904", "gm0905", "gm0906");

	final JdbcTemplate superuser = TestDatabase.get().superuser();

	@TempDir
	Path temporary;

	@BeforeAll
	static void sixMunicipalitiesWithAClosedQuarter() {
		TestDatabase.get().lseOwnRecords();
		for (String code : TENANTS) {
			TestDatabase.get().tenant(code);
			CaseloadFixture fixture = new CaseloadFixture(TenantId.of(code)).clear();
			UUID caseId = fixture.caseFile("2025-04-01", "2025-06-20", 2, "LIGHT");
			fixture.trajectory(caseId, "FAMILY_SUPPORT", "2025-04-01")
				.intake("2025-04-08")
				.closed("2025-05-01", "CONSENT_WITHDRAWN")
				.save();
			fixture.trajectory(caseId, "INDIVIDUAL_GUIDANCE", "2025-04-10")
				.intake("2025-04-20")
				.planning("2025-04-25")
				.agreed("2025-05-05")
				.aftercare("2025-05-20")
				.handover("2025-06-01", "MUNICIPALITY")
				.accepted("2025-06-10")
				.closed("2025-06-10", "HANDED_OVER")
				.save();
		}
	}

	@Test
	void killedAfterThreeMunicipalitiesItRestartsWithoutDuplicatesOrGaps() throws Exception {
		Path marker = this.temporary.resolve("paused");
		Process first = command("2025-Q2", "--lse.test.pause-after-partitions=3", "--lse.test.pause-marker=" + marker);
		await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(marker) || !first.isAlive());
		assertThat(first.isAlive()).as("paused after three municipalities: %s", output(first)).isTrue();
		long execution = Long.parseLong(Files.readString(marker));
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(status(execution)).as("left behind by kill -9").isEqualTo("STARTED");
		long run = run("2025-Q2");
		// Batch 6 records a step as completed before its listeners run, so three are
		assertThat(completedPartitions("2025-Q2")).as("killed after three municipalities").isEqualTo(3);

		Process second = command("2025-Q2");
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(second.exitValue()).as(output(second)).isZero();

		assertThat(status(execution)).as("recovered").isEqualTo("FAILED");
		assertThat(this.superuser
			.queryForObject("select count(*) from batch.batch_job_execution e join batch.batch_job_execution_params p"
					+ " on p.job_execution_id = e.job_execution_id where p.parameter_name = 'period'"
					+ " and p.parameter_value = '2025-Q2'", Long.class))
			.as("one instance, two executions")
			.isEqualTo(2);
		assertThat(completedPartitions("2025-Q2"))
			.as("every municipality completed once: the restart ran only the missing ones")
			.isEqualTo(((Number) this.superuser
				.queryForObject("select tenants_total from platform.report_run where id = ?", Integer.class, run))
				.longValue());
		assertThat(run("2025-Q2")).as("the same run").isEqualTo(run);
		assertThat(
				this.superuser.queryForObject("select status from platform.report_run where id = ?", String.class, run))
			.isEqualTo("COMPLETED");
		assertExactly(run);
	}

	@Test
	void aSigtermStopsItCleanlyAndTheNextRunCompletesIt() throws Exception {
		Path marker = this.temporary.resolve("paused");
		Process first = command("2025-04", "--lse.test.pause-after-partitions=2", "--lse.test.pause-marker=" + marker);
		await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(marker) || !first.isAlive());
		long execution = Long.parseLong(Files.readString(marker));
		first.destroy();
		assertThat(first.waitFor(90, TimeUnit.SECONDS)).as("ends after SIGTERM: %s", output(first)).isTrue();
		// SIGTERM: the JVM ends with 143 once the stop is recorded
		assertThat(first.exitValue()).as(output(first)).isNotZero();
		assertThat(output(first)).contains("STOPPED").contains("run the same command again");
		assertThat(status(execution)).as(output(first)).isEqualTo("STOPPED");
		long run = run("2025-04");
		assertThat(
				this.superuser.queryForObject("select status from platform.report_run where id = ?", String.class, run))
			.isEqualTo("STOPPED");

		Process second = command("2025-04");
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(second.exitValue()).as(output(second)).isZero();
		assertThat(
				this.superuser.queryForObject("select status from platform.report_run where id = ?", String.class, run))
			.isEqualTo("COMPLETED");
	}

	/** Each municipality exactly its figures, national their sum. */
	private void assertExactly(long run) {
		List<String> perTenant = List.of("closed_cases||=1", "closed_trajectories|FAMILY_SUPPORT|CONSENT_WITHDRAWN=1",
				"closed_trajectories|INDIVIDUAL_GUIDANCE|HANDED_OVER=1", "handovers_completed|MUNICIPALITY|=1",
				"new_cases||=1", "new_trajectories|FAMILY_SUPPORT|=1", "new_trajectories|INDIVIDUAL_GUIDANCE|=1");
		for (String code : TENANTS) {
			assertThat(figures(run, code)).as(code).containsExactlyInAnyOrderElementsOf(perTenant);
		}
		Map<String, Object> intake = this.superuser
			.queryForMap("select trajectories, median_days, p90_days from platform.report_duration_summary"
					+ " where run_id = ? and scope = 'national' and measure = 'to_intake'", run);
		assertThat(((Number) intake.get("trajectories")).longValue()).isEqualTo(2L * TENANTS.size());
		assertThat(figures(run, "national")).contains("new_cases||=" + TENANTS.size(),
				"new_trajectories|FAMILY_SUPPORT|=" + TENANTS.size(),
				"handovers_completed|MUNICIPALITY|=" + TENANTS.size());
	}

	private Process command(String period, String... extra) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-cp",
						System.getProperty("java.class.path"), BatchJobsApplication.class.getName(), "caseloadReport",
						"period=" + period, "--lse.reports.threads=1", "--spring.main.banner-mode=off"));
		TestDatabase.get().properties().forEach((key, value) -> command.add("--" + key + "=" + value));
		command.addAll(List.of(extra));
		File log = this.temporary.resolve("child-" + System.nanoTime() + ".log").toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		this.logs.put(process, log.toPath());
		return process;
	}

	private final Map<Process, Path> logs = new java.util.HashMap<>();

	private String output(Process process) throws Exception {
		String text = Files.readString(this.logs.get(process));
		String problems = text.lines()
			.filter((line) -> line.contains(" ERROR ") || line.startsWith("Caused by") || line.contains("Exception:"))
			.limit(20)
			.collect(java.util.stream.Collectors.joining("\n"));
		return problems + "\n...\n" + ((text.length() > 3000) ? text.substring(text.length() - 3000) : text);
	}

	private String status(long execution) {
		return this.superuser.queryForObject("select status from batch.batch_job_execution where job_execution_id = ?",
				String.class, execution);
	}

	private long run(String period) {
		return this.superuser.queryForObject(
				"select id from platform.report_run where job = 'caseloadReport' and period = ? and revision = 0",
				Long.class, period);
	}

	private long completedPartitions(String period) {
		return this.superuser.queryForObject("""
				select count(*) from batch.batch_step_execution s
				join batch.batch_job_execution_params p on p.job_execution_id = s.job_execution_id
				where p.parameter_name = 'period' and p.parameter_value = ? and s.step_name like 'caseloadTenant:%'
					and s.status = 'COMPLETED'""", Long.class, period);
	}

	private List<String> figures(long run, String scope) {
		return CaseloadFixture.figures(run, scope);
	}

}
