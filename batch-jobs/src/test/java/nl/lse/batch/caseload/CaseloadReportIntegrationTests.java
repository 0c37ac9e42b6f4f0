package nl.lse.batch.caseload;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.lse.platform.reporting.Period;
import nl.lse.batch.reports.ReportLauncher;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The caseload report of 2026-Q3 over a known dataset (two active municipalities, a
 * suspended one that is left out, LSE's own records), every figure compared with what was
 * worked out by hand below, per municipality and national; then the rules of running it:
 * a completed period is refused, a forced rerun is a new revision that takes over the
 * period in one switch.
 */
@SpringBootTest(properties = "lse.reports.schedule.enabled=false")
class CaseloadReportIntegrationTests {

	static final TenantId AMSTERDAM = TenantId.of("gm0363");

	static final TenantId ROTTERDAM = TenantId.of("gm0599");

	static final TenantId ZWOLLE = TenantId.of("gm0193");

	@Autowired
	ReportLauncher launcher;

	@Autowired
	Job caseloadReport;

	final JdbcTemplate superuser = TestDatabase.get().superuser();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
	}

	@BeforeAll
	static void knownDataset() {
		TestDatabase database = TestDatabase.get();
		database.tenant(AMSTERDAM.code());
		database.tenant(ROTTERDAM.code());
		database.tenant(ZWOLLE.code());
		TenantId lse = database.lseOwnRecords();
		JdbcTemplate superuser = database.superuser();
		superuser.update("delete from platform.report_current");
		superuser.update("delete from platform.report_duration_summary");
		superuser.update("delete from platform.report_duration");
		superuser.update("delete from platform.report_figure");
		superuser.update("delete from platform.report_run");
		superuser.update("update platform.tenant set status = 'SUSPENDED' where code = 'gm0193'");
		superuser.update("delete from platform.lse_staff");
		superuser.update("""
				insert into platform.lse_staff (subject, display_name, team, role, active) values
				('w1', 'W1', 'noord', 'lse-worker', true), ('x1', 'X1', 'noord', 'lse-worker', true),
				('y1', 'Y1', 'noord', 'lse-worker', true), ('w2', 'W2', 'zuid', 'lse-worker', true),
				('w3', 'W3', null, 'lse-worker', true)""");

		CaseloadFixture a = new CaseloadFixture(AMSTERDAM).clear();
		UUID c1 = a.caseFile("2026-06-01", null, 2, "LIGHT");
		UUID c2 = a.caseFile("2026-07-10", null, 3, "MEDIUM");
		UUID c3 = a.caseFile("2026-08-01", null, 1, "LIGHT");
		UUID c4 = a.caseFile("2026-09-01", null, 4, "INTENSIVE");
		UUID c5 = a.caseFile("2026-10-10", null, 2, "LIGHT");
		UUID c6 = a.caseFile("2026-07-02", "2026-08-20", 2, "MEDIUM");
		a.trajectory(c1, "FAMILY_SUPPORT", "2026-06-01")
			.intake("2026-06-10")
			.planning("2026-06-20")
			.agreed("2026-07-05")
			.aftercare("2026-08-01")
			.handover("2026-09-10", "MUNICIPALITY")
			.accepted("2026-09-20")
			.closed("2026-09-20", "HANDED_OVER")
			.save();
		a.trajectory(c1, "FAMILY_SUPPORT", "2026-07-01")
			.intake("2026-07-08")
			.planning("2026-07-15")
			.agreed("2026-07-29")
			.aftercare("2026-09-01")
			.handover("2026-09-25", "MUNICIPALITY")
			.worker("w1")
			.save();
		a.trajectory(c2, "INDIVIDUAL_GUIDANCE", "2026-07-10")
			.intake("2026-07-20")
			.planning("2026-08-01")
			.agreed("2026-08-20")
			.aftercare("2026-09-15")
			.aftercareContact("2026-09-20", null)
			.aftercareContact("2026-09-25", "2026-09-24")
			.worker("w1")
			.save();
		a.trajectory(c3, "INDIVIDUAL_GUIDANCE", "2026-08-01")
			.intake("2026-08-11")
			.planning("2026-08-20")
			.agreed("2026-09-01")
			.worker("w1")
			.save();
		a.trajectory(c3, "FAMILY_SUPPORT", "2026-08-15")
			.intake("2026-08-20")
			.planning("2026-09-01")
			.worker("w2")
			.save();
		a.trajectory(c4, "FAMILY_SUPPORT", "2026-09-01").intake("2026-09-05").worker("w3").save();
		a.trajectory(c4, "INDIVIDUAL_GUIDANCE", "2026-09-20").save();
		a.trajectory(c4, "FAMILY_SUPPORT", "2026-09-25").intake("2026-10-05").save();
		a.trajectory(c5, "INDIVIDUAL_GUIDANCE", "2026-10-10").save();
		a.trajectory(c6, "FAMILY_SUPPORT", "2026-07-02")
			.intake("2026-07-09")
			.closed("2026-08-15", "CONSENT_WITHDRAWN")
			.save();
		a.consultation(c1, "2026-07-05", "2026-07-06", "2026-07-10", "2026-07-20", "w1");
		a.consultation(c2, "2026-08-01", "2026-08-02", null, null, "w1");
		a.consultation(c3, "2026-09-29", null, null, null, null);
		a.consultation(c4, "2026-06-01", "2026-06-02", "2026-06-10", null, null);

		CaseloadFixture b = new CaseloadFixture(ROTTERDAM).clear();
		UUID c7 = b.caseFile("2026-07-01", null, 3, "MEDIUM");
		b.trajectory(c7, "FAMILY_SUPPORT", "2026-07-01")
			.intake("2026-07-03")
			.planning("2026-07-10")
			.agreed("2026-07-20")
			.aftercare("2026-08-10")
			.handover("2026-09-01", "LOCAL_PARTNER")
			.accepted("2026-09-05")
			.closed("2026-09-05", "HANDED_OVER")
			.save();
		b.trajectory(c7, "FAMILY_SUPPORT", "2026-07-05").intake("2026-07-15").save();

		// suspended: left out, so the national figures are marked incomplete
		CaseloadFixture c = new CaseloadFixture(ZWOLLE).clear();
		c.trajectory(c.caseFile("2026-07-01", null, 1, "LIGHT"), "FAMILY_SUPPORT", "2026-07-01").save();

		JdbcTemplate lseRecords = database.asTenantOwner(lse);
		lseRecords.update("delete from self_referral");
		lseRecords
			.update("""
					insert into self_referral (id, municipality, received_on, contact_name, contact_details, status,
						recorded_by, recorded_at, decided_by, decided_on, destroy_after, moved_at) values
					(gen_random_uuid(), 'gm0363', '2026-07-10', 'Naam', 'Adres', 'OPEN', 'f', now(), null, null, null, null),
					(gen_random_uuid(), 'gm0363', '2026-08-01', null, null, 'MOVED', 'f', now(), 'f', '2026-08-05', null, now()),
					(gen_random_uuid(), 'gm0599', '2026-09-01', 'Naam', 'Adres', 'REFUSED', 'f', now(), 'f', '2026-09-03',
						'2026-10-29', null)""");
	}

	@Test
	void everyFigureOfAKnownQuarterPerMunicipalityAndNational() throws Exception {
		JobExecution execution = this.launcher.launch(this.caseloadReport, Period.parse("2026-Q3"), false);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long run = currentRun("2026-Q3");
		Map<String, Object> row = this.superuser.queryForMap("select * from platform.report_run where id = ?", run);
		assertThat(row).containsEntry("status", "COMPLETED")
			.containsEntry("revision", 0)
			.containsEntry("incomplete", true);
		assertThat(((Number) row.get("tenants_total")).longValue()).as("every open municipality")
			.isEqualTo(this.superuser.queryForObject(
					"select count(*) from platform.tenant where code like 'gm%' and status = 'ACTIVE' and not maintenance",
					Long.class));
		assertThat((String) row.get("platform_version")).isNotBlank();
		assertThat(this.superuser.queryForObject("select left_out::text from platform.report_run where id = ?",
				String.class, run))
			.as("the suspended municipality is listed, so the national figures are incomplete")
			.isEqualTo("{gm0193:SUSPENDED}");

		List<String> amsterdam = List.of("open_trajectories|FAMILY_SUPPORT|HANDOVER=1",
				"open_trajectories|FAMILY_SUPPORT|PLANNING=1", "open_trajectories|FAMILY_SUPPORT|INTAKE=1",
				"open_trajectories|FAMILY_SUPPORT|REFERRED=1", "open_trajectories|INDIVIDUAL_GUIDANCE|AFTERCARE=1",
				"open_trajectories|INDIVIDUAL_GUIDANCE|SUPPORT=1", "open_trajectories|INDIVIDUAL_GUIDANCE|REFERRED=1",
				"new_trajectories|FAMILY_SUPPORT|=5", "new_trajectories|INDIVIDUAL_GUIDANCE|=3",
				"closed_trajectories|FAMILY_SUPPORT|HANDED_OVER=1",
				"closed_trajectories|FAMILY_SUPPORT|CONSENT_WITHDRAWN=1", "aftercare_active|FAMILY_SUPPORT|=1",
				"aftercare_active|INDIVIDUAL_GUIDANCE|=1", "handovers_completed|MUNICIPALITY|=1",
				"aftercare_contacts_overdue||=1", "aftercare_contacts_done||=1",
				"open_consultations|CONSULTATION|IN_PROGRESS=1", "open_consultations|CONSULTATION|REQUESTED=1",
				"open_consultations|CONSULTATION|ADVISED=1", "new_consultations|CONSULTATION|=3",
				"closed_consultations|CONSULTATION|=1", "open_cases||=4", "open_cases_by_severity|1|=1",
				"open_cases_by_severity|2|=1", "open_cases_by_severity|3|=1", "open_cases_by_severity|4|=1",
				"open_cases_by_support_level|LIGHT|=2", "open_cases_by_support_level|MEDIUM|=1",
				"open_cases_by_support_level|INTENSIVE|=1", "new_cases||=4", "closed_cases||=1",
				"workload|noord|FAMILY_SUPPORT=1", "workload|noord|INDIVIDUAL_GUIDANCE=2",
				"workload|noord|CONSULTATION=1", "workload|overig|FAMILY_SUPPORT=1",
				"workload|zonder-team|FAMILY_SUPPORT=1");
		assertThat(figures(run, "gm0363")).containsExactlyInAnyOrderElementsOf(amsterdam);
		List<String> rotterdam = List.of("open_trajectories|FAMILY_SUPPORT|INTAKE=1",
				"new_trajectories|FAMILY_SUPPORT|=2", "closed_trajectories|FAMILY_SUPPORT|HANDED_OVER=1",
				"handovers_completed|LOCAL_PARTNER|=1", "open_cases||=1", "open_cases_by_severity|3|=1",
				"open_cases_by_support_level|MEDIUM|=1", "new_cases||=1");
		assertThat(figures(run, "gm0599")).containsExactlyInAnyOrderElementsOf(rotterdam);
		assertThat(figures(run, "gm0193")).as("left out").isEmpty();
		assertThat(figures(run, "national")).containsExactlyInAnyOrder("open_trajectories|FAMILY_SUPPORT|HANDOVER=1",
				"open_trajectories|FAMILY_SUPPORT|PLANNING=1", "open_trajectories|FAMILY_SUPPORT|INTAKE=2",
				"open_trajectories|FAMILY_SUPPORT|REFERRED=1", "open_trajectories|INDIVIDUAL_GUIDANCE|AFTERCARE=1",
				"open_trajectories|INDIVIDUAL_GUIDANCE|SUPPORT=1", "open_trajectories|INDIVIDUAL_GUIDANCE|REFERRED=1",
				"new_trajectories|FAMILY_SUPPORT|=7", "new_trajectories|INDIVIDUAL_GUIDANCE|=3",
				"closed_trajectories|FAMILY_SUPPORT|HANDED_OVER=2",
				"closed_trajectories|FAMILY_SUPPORT|CONSENT_WITHDRAWN=1", "aftercare_active|FAMILY_SUPPORT|=1",
				"aftercare_active|INDIVIDUAL_GUIDANCE|=1", "handovers_completed|MUNICIPALITY|=1",
				"handovers_completed|LOCAL_PARTNER|=1", "aftercare_contacts_overdue||=1", "aftercare_contacts_done||=1",
				"open_consultations|CONSULTATION|IN_PROGRESS=1", "open_consultations|CONSULTATION|REQUESTED=1",
				"open_consultations|CONSULTATION|ADVISED=1", "new_consultations|CONSULTATION|=3",
				"closed_consultations|CONSULTATION|=1", "open_cases||=5", "open_cases_by_severity|1|=1",
				"open_cases_by_severity|2|=1", "open_cases_by_severity|3|=2", "open_cases_by_severity|4|=1",
				"open_cases_by_support_level|LIGHT|=2", "open_cases_by_support_level|MEDIUM|=2",
				"open_cases_by_support_level|INTENSIVE|=1", "new_cases||=5", "closed_cases||=1",
				"workload|noord|FAMILY_SUPPORT=1", "workload|noord|INDIVIDUAL_GUIDANCE=2",
				"workload|noord|CONSULTATION=1", "workload|overig|FAMILY_SUPPORT=1",
				"workload|zonder-team|FAMILY_SUPPORT=1");
		assertThat(figures(run, "lse")).as("self-referrals, nationally only")
			.containsExactlyInAnyOrder("self_referrals|RECEIVED|=3", "self_referrals|MOVED|=1",
					"self_referrals|REFUSED|=1");

		// durations (days): Amsterdam to intake 7, 10, 10, 5, 4, 7; Rotterdam 2, 10
		assertThat(histogram(run, "gm0363", "to_intake")).containsExactly("4x1", "5x1", "7x2", "10x2");
		assertThat(histogram(run, "national", "to_intake")).containsExactly("2x1", "4x1", "5x1", "7x2", "10x3");
		assertThat(summaries(run, "gm0363")).containsExactlyInAnyOrder("to_intake n=6 median=7.0 p90=10.0",
				"to_agreed_plan n=4 suppressed", "in_support n=3 suppressed", "in_aftercare n=1 suppressed");
		assertThat(summaries(run, "gm0599")).containsExactlyInAnyOrder("to_intake n=2 suppressed",
				"to_agreed_plan n=1 suppressed", "in_support n=1 suppressed", "in_aftercare n=1 suppressed");
		// national to the agreed plan: 34, 28, 41, 31 and 19 -> median 31, 90th
		// percentile 41
		assertThat(summaries(run, "national")).containsExactlyInAnyOrder("to_intake n=8 median=7.0 p90=10.0",
				"to_agreed_plan n=5 median=31.0 p90=41.0", "in_support n=4 suppressed", "in_aftercare n=2 suppressed");
		assertThat(this.superuser.queryForList(
				"select distinct key1 || key2 from platform.report_figure where run_id = ? and (key1 || key2) ~ '[a-f0-9]{8}-'",
				String.class, run))
			.as("no id leaves a tenant")
			.isEmpty();
	}

	@Test
	void aCompletedPeriodIsRefusedUnlessForcedAndAForcedRerunTakesOverInOneSwitch() throws Exception {
		Period period = Period.parse("2026-08");
		assertThat(this.launcher.launch(this.caseloadReport, period, false).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		long first = currentRun("2026-08");
		assertThatThrownBy(() -> this.launcher.launch(this.caseloadReport, period, false))
			.isInstanceOf(ReportLauncher.Refused.class)
			.hasMessageContaining("was completed at")
			.hasMessageContaining("force=true");

		JobExecution forced = this.launcher.launch(this.caseloadReport, period, true);
		assertThat(forced.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(forced.getJobParameters().getLong("revision")).isEqualTo(1L);
		long second = currentRun("2026-08");
		assertThat(second).isNotEqualTo(first);
		assertThat(figures(second, "national")).as("the same data, the same figures")
			.containsExactlyInAnyOrderElementsOf(figures(first, "national"));
		assertThat(this.superuser.queryForObject(
				"select count(*) from platform.report_run where job = 'caseloadReport' and period = '2026-08'",
				Long.class))
			.isEqualTo(2);

		assertThatThrownBy(() -> this.launcher.launch(this.caseloadReport, Period.parse("2027-Q1"), false))
			.isInstanceOf(ReportLauncher.Refused.class)
			.hasMessageContaining("has not begun");
	}

	@Test
	void aFailingMunicipalityFailsOnlyItsPartitionAndARestartRunsOnlyWhatIsMissing() throws Exception {
		String role = TestDatabase.get().roles().prefix() + "_tenant_gm0599";
		this.superuser.update("revoke select on tenant_gm0599.trajectory_milestone from " + role);
		Period period = Period.parse("2026-07");
		JobExecution failed;
		try {
			failed = this.launcher.launch(this.caseloadReport, period, false);
		}
		finally {
			this.superuser.update("grant select on tenant_gm0599.trajectory_milestone to " + role);
		}
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		long run = this.superuser.queryForObject(
				"select id from platform.report_run where job = 'caseloadReport' and period = '2026-07'", Long.class);
		assertThat(
				this.superuser.queryForObject("select status from platform.report_run where id = ?", String.class, run))
			.isEqualTo("FAILED");
		assertThat(figures(run, "gm0363")).as("Amsterdam's rows are kept").isNotEmpty();
		assertThat(figures(run, "gm0599")).isEmpty();
		assertThat(figures(run, "national")).as("no national figures from a failed run").isEmpty();
		assertThat(this.superuser.queryForList(
				"select run_id from platform.report_current where job = 'caseloadReport' and period = '2026-07'"))
			.isEmpty();

		// as if its end could not be recorded (the database went away mid-commit): Spring
		// Batch
		// would not restart an UNKNOWN step; the launcher runs it again, it replaces its
		// rows
		this.superuser.update("update batch.batch_step_execution set status = 'UNKNOWN'"
				+ " where job_execution_id = ? and step_name = 'caseloadTenant:gm0599'", failed.getId());
		this.superuser.update("update batch.batch_job_execution set status = 'UNKNOWN' where job_execution_id = ?",
				failed.getId());
		JobExecution restarted = this.launcher.launch(this.caseloadReport, period, false);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(restarted.getStepExecutions()
			.stream()
			.map((step) -> step.getStepName())
			.filter((name) -> name.startsWith("caseloadTenant:"))).as("only the failed municipality ran again")
			.containsExactly("caseloadTenant:gm0599");
		assertThat(currentRun("2026-07")).isEqualTo(run);
		assertThat(figures(run, "gm0599")).isNotEmpty();
	}

	@Test
	void twoLaunchersAtOnceMakeOneInstance() throws Exception {
		Period period = Period.parse("2026-09");
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.Callable<String> launch = () -> {
			together.await();
			try {
				return this.launcher.launch(this.caseloadReport, period, false).getStatus().toString();
			}
			catch (ReportLauncher.Refused ex) {
				return "REFUSED " + ex.getMessage();
			}
		};
		java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<String>> outcomes = two.invokeAll(List.of(launch, launch));
			List<String> results = new ArrayList<>();
			for (java.util.concurrent.Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			// the second either finds the lock taken or, when the first was that quick,
			// the
			// period completed: never a second instance or a second execution
			assertThat(results).containsOnlyOnce("COMPLETED")
				.anySatisfy((result) -> assertThat(result).startsWith("REFUSED")
					.containsAnyOf("is running already", "was completed at"));
		}
		finally {
			two.shutdownNow();
		}
		assertThat(this.superuser.queryForObject("""
				select count(*) from batch.batch_job_execution e
				join batch.batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				where p.parameter_name = 'period' and p.parameter_value = '2026-09'""", Long.class)).isEqualTo(1);
	}

	private long currentRun(String period) {
		return this.superuser.queryForObject(
				"select run_id from platform.report_current where job = 'caseloadReport' and period = ?", Long.class,
				period);
	}

	private List<String> figures(long run, String scope) {
		return CaseloadFixture.figures(run, scope);
	}

	private List<String> histogram(long run, String scope, String measure) {
		return this.superuser.query(
				"select days, trajectories from platform.report_duration where run_id = ? and scope = ? and measure = ?"
						+ " order by days",
				(rs, i) -> rs.getInt("days") + "x" + rs.getLong("trajectories"), run, scope, measure);
	}

	private List<String> summaries(long run, String scope) {
		List<String> summaries = new ArrayList<>();
		this.superuser.query("select * from platform.report_duration_summary where run_id = ? and scope = ?",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> summaries.add(rs.getString("measure") + " n="
						+ rs.getLong("trajectories") + (rs.getBoolean("suppressed") ? " suppressed" : " median="
								+ rs.getBigDecimal("median_days") + " p90=" + rs.getBigDecimal("p90_days"))),
				run, scope);
		return summaries;
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
		}

	}

}
