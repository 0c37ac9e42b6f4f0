package nl.lse.platform.demo;

import java.util.List;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.settings.TenantSettingRepository;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cases go in through the API as the demo users, cover every phase and service
 * type, put the police, a colleague and the LSE worker where the issue asks, and a second
 * start adds nothing.
 */
class DemoCasesIntegrationTests extends PlatformIntegrationTest {

	@Autowired
	PartnerAffiliations registry;

	@Autowired
	TenantTransactions tenants;

	@Autowired
	TenantSettingRepository settings;

	final JdbcTemplate superuser = TestDatabase.get().superuser();

	@Test
	void theDemoAffiliationsGoInAtStartOutsideAnyRequest() {
		JdbcTemplate admin = new JdbcTemplate(TestDatabase.get().dataSource(TestDatabase.get().roles().admin()));
		admin.update("insert into platform.partner_organisation (name, kind) values ('Politie Eenheid Oost (demo)',"
				+ " 'POLICE') on conflict (name) do nothing");
		DemoAffiliations loader = new DemoAffiliations(this.registry,
				new DemoAffiliationsProperties(List.of(new DemoAffiliationsProperties.Affiliation("gm0193",
						"partner.politie", "Politie Eenheid Oost (demo)"))),
				new DemoTokens(TestKeycloak.get().issuer()),
				java.time.Clock.system(nl.lse.platform.casework.CaseWorkClock.ZONE));
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		loader.run(null);
		String subject = (String) TestKeycloak.payload(TestKeycloak.accessToken("partner.politie")).get("sub");
		assertThat(this.registry.current(nl.lse.platform.tenancy.TenantId.of("gm0193"), subject))
			.as("no caller at start: written without an access-log event, and without failing")
			.hasValueSatisfying(
					(organisation) -> assertThat(organisation.name()).isEqualTo("Politie Eenheid Oost (demo)"));
	}

	@Test
	void fiftyCasesInEveryPhaseOnceOnly() {
		JdbcTemplate admin = new JdbcTemplate(TestDatabase.get().dataSource(TestDatabase.get().roles().admin()));
		for (String police : List.of("Politie Eenheid Amsterdam", "Politie Eenheid Rotterdam")) {
			admin.update("insert into platform.partner_organisation (name, kind) values (?, 'POLICE')"
					+ " on conflict (name) do nothing", police);
		}
		DemoCases demo = new DemoCases(
				new DemoApi(() -> "http://localhost:" + TestKeycloak.PORTAL_PORT,
						new DemoTokens(TestKeycloak.get().issuer())),
				this.registry, this.tenants, this.settings,
				java.time.Clock.system(nl.lse.platform.casework.CaseWorkClock.ZONE));
		long before = cases();
		assertThat(demo.load("gm0363", "cd.amsterdam", 24, "Politie Eenheid Amsterdam", 0)).isEqualTo(24);
		assertThat(demo.load("gm0599", "cd.rotterdam", 22, "Politie Eenheid Rotterdam", 24)).isEqualTo(22);
		assertThat(demo.load("gm0193", "cd.zwolle", 14, null, 46)).isEqualTo(14);
		long made = cases() - before;
		assertThat(made).isBetween(45L, 55L);

		List<String> phases = this.superuser.queryForList("select distinct phase from (select phase from"
				+ " tenant_gm0363.trajectory union all select phase from tenant_gm0599.trajectory union all select phase"
				+ " from tenant_gm0193.trajectory) p", String.class);
		assertThat(phases).contains("REFERRED", "INTAKE", "PLANNING", "SUPPORT", "HANDOVER", "AFTERCARE", "CLOSED");
		assertThat(count("select count(*) from tenant_gm0363.aftercare_contact where done_on is null"
				+ " and due_on < current_date"))
			.isPositive();
		assertThat(count("select count(*) from tenant_gm0363.case_member where kind = 'CHAIN_PARTNER'")).isPositive();
		assertThat(count("select count(*) from tenant_gm0599.case_member where kind = 'CHAIN_PARTNER'")).isPositive();
		assertThat(count("select count(*) from tenant_gm0363.case_member where kind = 'MUNICIPALITY_STAFF'"))
			.isPositive();
		assertThat(count("select count(distinct case_id) from tenant_gm0363.case_member where kind = 'CHAIN_PARTNER'"))
			.isLessThan(count("select count(*) from tenant_gm0363.case_file"));

		assertThat(demo.load("gm0363", "cd.amsterdam", 24, "Politie Eenheid Amsterdam", 0)).isZero();
		assertThat(cases() - before).isEqualTo(made);

		TestDatabase.get().lseOwnRecords();
		String selfReferrals = "select count(*) from tenant_lse.self_referral";
		long selfReferralsBefore = count(selfReferrals);
		demo.selfReferrals();
		assertThat(count(selfReferrals) - selfReferralsBefore).isEqualTo(3);
		assertThat(count("select count(*) from tenant_gm0599.signal where source = 'FAMILY_SELF_REFERRAL'"
				+ " and id in (select id from tenant_lse.self_referral where status = 'MOVED')"))
			.as("the one the family agreed to pass on is a signal in Rotterdam")
			.isPositive();
		demo.selfReferrals();
		assertThat(count(selfReferrals) - selfReferralsBefore).as("once only").isEqualTo(3);
	}

	@Test
	void twelveMonthsOfHistoryEachStepOnItsOwnDay() {
		DemoCases demo = new DemoCases(
				new DemoApi(() -> "http://localhost:" + TestKeycloak.PORTAL_PORT,
						new DemoTokens(TestKeycloak.get().issuer())),
				this.registry, this.tenants, this.settings,
				java.time.Clock.system(nl.lse.platform.casework.CaseWorkClock.ZONE));
		assertThat(demo.history("gm0193", "cd.zwolle", 2)).as("two cases in each of twelve months").isEqualTo(24);
		assertThat(count("select count(distinct date_trunc('month', referred_on)) from tenant_gm0193.trajectory"
				+ " where referred_on < date_trunc('month', current_date)"))
			.as("referred in each of the last twelve months (on that day, by the demo clock)")
			.isGreaterThanOrEqualTo(12);
		assertThat(count("select count(*) from tenant_gm0193.trajectory where referred_on < current_date - 30"
				+ " and intake_started_on - referred_on between 7 and 11"))
			.as("the intake a week or so after the referral")
			.isPositive();
		assertThat(count("select count(*) from tenant_gm0193.trajectory t join tenant_gm0193.handover h"
				+ " on h.id = t.handover_id where t.phase = 'CLOSED' and h.accepted_on < current_date - 60"
				+ " and h.accepted_on > t.referred_on + 140"))
			.as("the older ones handed over and closed months ago")
			.isPositive();
		assertThat(count("select count(*) from tenant_gm0193.trajectory t join tenant_gm0193.action_plan p"
				+ " on p.trajectory_id = t.id where p.agreed_on > t.referred_on"))
			.as("plans agreed after the referral")
			.isPositive();
		assertThat(count("select count(*) from tenant_gm0193.consultation"
				+ " where requested_at < date_trunc('month', current_date) - interval '2 months'"))
			.isPositive();
		assertThat(count("select count(*) from tenant_gm0193.audit_event where occurred_at < now() - interval '1 day'"))
			.as("the access log keeps the database's own time: nothing back-dated")
			.isZero();
		assertThat(demo.history("gm0193", "cd.zwolle", 2)).as("once only").isZero();
	}

	private long cases() {
		return count("select (select count(*) from tenant_gm0363.case_file) + (select count(*) from"
				+ " tenant_gm0599.case_file) + (select count(*) from tenant_gm0193.case_file)");
	}

	private long count(String sql) {
		Long count = this.superuser.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
