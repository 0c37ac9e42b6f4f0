package nl.lse.batch.handover;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.lse.batch.caseload.CaseloadFixture;
import nl.lse.platform.reporting.Period;
import nl.lse.batch.reports.ReportLauncher;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handover report of 2026-Q3 over a known dataset (two active municipalities and a
 * suspended one that is left out), every figure compared with what was worked out by hand
 * below, per municipality and national. The run is counted up to 2026-09-30 (the quarter
 * has ended by the fixed clock); a handover waits too long after 14 days.
 */
@SpringBootTest(properties = "lse.reports.schedule.enabled=false")
class HandoverReportIntegrationTests {

	static final TenantId AMSTERDAM = TenantId.of("gm0363");

	static final TenantId ROTTERDAM = TenantId.of("gm0599");

	static final TenantId ZWOLLE = TenantId.of("gm0193");

	@Autowired
	ReportLauncher launcher;

	@Autowired
	Job handoverReport;

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
		JdbcTemplate superuser = database.superuser();
		superuser.update("delete from platform.report_current where job = 'handoverReport'");
		superuser.update("update platform.tenant set status = 'ACTIVE' where code in ('gm0363', 'gm0599')");
		superuser.update("update platform.tenant set status = 'SUSPENDED' where code = 'gm0193'");
		UUID youthCare = superuser.queryForObject(
				"""
						insert into platform.partner_organisation (name, kind) values ('Jeugdzorg (overdrachtsrapport)', 'YOUTH_CARE')
						on conflict (name) do update set kind = excluded.kind returning id""",
				UUID.class);

		CaseloadFixture a = new CaseloadFixture(AMSTERDAM).clear();
		// handed over to the municipality: 102 days after referral, 41 after aftercare
		// began
		UUID c1 = a.caseFile("2026-05-01", "2026-08-20", 2, "LIGHT");
		a.trajectory(c1, "FAMILY_SUPPORT", "2026-05-01")
			.aftercare("2026-07-01")
			.handover("2026-08-01", "MUNICIPALITY")
			.accepted("2026-08-11")
			.closed("2026-08-11", "HANDED_OVER")
			.save();
		// handed over to a youth care organisation: 101 days, 87 in aftercare (began in
		// Q2)
		UUID c2 = a.caseFile("2026-06-01", null, 3, "MEDIUM");
		a.trajectory(c2, "INDIVIDUAL_GUIDANCE", "2026-06-01")
			.aftercare("2026-06-15")
			.handover("2026-09-01", "LOCAL_PARTNER")
			.partner(youthCare)
			.accepted("2026-09-10")
			.closed("2026-09-10", "HANDED_OVER")
			.save();
		// waiting since 1 September: too long on 30 September
		UUID c3 = a.caseFile("2026-07-01", null, 2, "LIGHT");
		a.trajectory(c3, "FAMILY_SUPPORT", "2026-07-01")
			.aftercare("2026-08-01")
			.handover("2026-09-01", "MUNICIPALITY")
			.save();
		// waiting since 25 September: not yet too long
		a.trajectory(c3, "FAMILY_SUPPORT", "2026-08-01")
			.aftercare("2026-09-01")
			.handover("2026-09-25", "MUNICIPALITY")
			.save();
		// aftercare began and ended without a handover
		UUID c4 = a.caseFile("2026-07-01", null, 1, "LIGHT");
		a.trajectory(c4, "INDIVIDUAL_GUIDANCE", "2026-07-01")
			.aftercare("2026-07-10")
			.closed("2026-08-01", "NO_HANDOVER_POSSIBLE")
			.save();
		// cases closed without a handover: consent withdrawn, and advice only
		UUID c5 = a.caseFile("2026-06-01", "2026-09-15", 2, "LIGHT");
		a.trajectory(c5, "FAMILY_SUPPORT", "2026-06-01").closed("2026-09-01", "CONSENT_WITHDRAWN").save();
		a.caseFile("2026-07-01", "2026-07-20", 1, "LIGHT");
		// closed before the quarter: not counted
		a.caseFile("2026-05-01", "2026-06-20", 1, "LIGHT");

		CaseloadFixture b = new CaseloadFixture(ROTTERDAM).clear();
		// 95 days after referral, 34 in aftercare
		UUID c6 = b.caseFile("2026-04-01", null, 3, "MEDIUM");
		b.trajectory(c6, "FAMILY_SUPPORT", "2026-04-01")
			.aftercare("2026-06-01")
			.handover("2026-07-01", "MUNICIPALITY")
			.accepted("2026-07-05")
			.closed("2026-07-05", "HANDED_OVER")
			.save();

		CaseloadFixture c = new CaseloadFixture(ZWOLLE).clear();
		c.trajectory(c.caseFile("2026-07-01", null, 1, "LIGHT"), "FAMILY_SUPPORT", "2026-07-01")
			.aftercare("2026-07-02")
			.handover("2026-07-03", "MUNICIPALITY")
			.accepted("2026-07-04")
			.save();
	}

	@Test
	void everyFigureOfAKnownQuarterPerMunicipalityAndNational() throws Exception {
		assertThat(this.launcher.launch(this.handoverReport, Period.parse("2026-Q3"), false).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		long run = this.superuser.queryForObject(
				"select run_id from platform.report_current where job = 'handoverReport' and period = '2026-Q3'",
				Long.class);
		assertThat(CaseloadFixture.figures(run, "gm0363")).containsExactlyInAnyOrder(
				"handovers_completed|FAMILY_SUPPORT|MUNICIPALITY=1",
				"handovers_completed|INDIVIDUAL_GUIDANCE|YOUTH_CARE=1", "handovers_pending|FAMILY_SUPPORT|=2",
				"handovers_waiting_too_long|FAMILY_SUPPORT|=1", "aftercare_started|FAMILY_SUPPORT|=3",
				"aftercare_started|INDIVIDUAL_GUIDANCE|=1", "aftercare_ended|FAMILY_SUPPORT|HANDED_OVER=1",
				"aftercare_ended|INDIVIDUAL_GUIDANCE|HANDED_OVER=1",
				"aftercare_ended|INDIVIDUAL_GUIDANCE|NO_HANDOVER_POSSIBLE=1",
				"cases_closed_without_handover|CONSENT_WITHDRAWN|=1", "cases_closed_without_handover|NO_TRAJECTORY|=1");
		assertThat(CaseloadFixture.figures(run, "gm0599")).containsExactlyInAnyOrder(
				"handovers_completed|FAMILY_SUPPORT|MUNICIPALITY=1", "aftercare_ended|FAMILY_SUPPORT|HANDED_OVER=1");
		assertThat(CaseloadFixture.figures(run, "gm0193")).as("left out").isEmpty();
		assertThat(CaseloadFixture.figures(run, "national")).containsExactlyInAnyOrder(
				"handovers_completed|FAMILY_SUPPORT|MUNICIPALITY=2",
				"handovers_completed|INDIVIDUAL_GUIDANCE|YOUTH_CARE=1", "handovers_pending|FAMILY_SUPPORT|=2",
				"handovers_waiting_too_long|FAMILY_SUPPORT|=1", "aftercare_started|FAMILY_SUPPORT|=3",
				"aftercare_started|INDIVIDUAL_GUIDANCE|=1", "aftercare_ended|FAMILY_SUPPORT|HANDED_OVER=2",
				"aftercare_ended|INDIVIDUAL_GUIDANCE|HANDED_OVER=1",
				"aftercare_ended|INDIVIDUAL_GUIDANCE|NO_HANDOVER_POSSIBLE=1",
				"cases_closed_without_handover|CONSENT_WITHDRAWN|=1", "cases_closed_without_handover|NO_TRAJECTORY|=1");
		assertThat(histogram(run, "national", "referral_to_handover")).containsExactly("95x1", "101x1", "102x1");
		assertThat(histogram(run, "national", "aftercare_to_handover")).containsExactly("34x1", "41x1", "87x1");
		assertThat(histogram(run, "gm0599", "referral_to_handover")).containsExactly("95x1");
		assertThat(this.superuser.queryForList(
				"select measure || ' ' || trajectories || ' ' || suppressed from platform.report_duration_summary"
						+ " where run_id = ? and scope = 'national' order by measure",
				String.class, run))
			.as("three trajectories are fewer than k = 5: the median is not stored")
			.containsExactly("aftercare_to_handover 3 true", "referral_to_handover 3 true");
	}

	private List<String> histogram(long run, String scope, String measure) {
		return this.superuser.query(
				"select days, trajectories from platform.report_duration where run_id = ? and scope = ? and measure = ?"
						+ " order by days",
				(rs, i) -> rs.getInt("days") + "x" + rs.getLong("trajectories"), run, scope, measure);
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
