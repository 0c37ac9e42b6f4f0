package nl.lse.platform.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.casework.Api;
import nl.lse.platform.casework.Api.Response;
import nl.lse.platform.casework.CaseWorkClock;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.CommissionWithdrawn;
import nl.lse.platform.identity.Subject;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "The team is told", against the real app: a withdrawn consent and a withdrawn
 * commission reach everyone who was on the team, also whoever left the team with it,
 * through the durable events; a second delivery adds nothing.
 */
class TeamNoticesIntegrationTests extends PlatformIntegrationTest {

	static final String TODAY = LocalDate.now(CaseWorkClock.ZONE).toString();

	static final TenantId AMSTERDAM = TenantId.of("gm0363");

	@Autowired
	TeamNotices notices;

	final Api director = new Api("cd.amsterdam", "gm0363");

	final Api worker = new Api("lse.worker", "gm0363");

	final Api partner = new Api("partner.politie", "gm0363");

	@Test
	void withdrawnConsentToShareIsToldToThePartnerWhoLeavesTheTeam() {
		UUID police = Api.amsterdamPolice();
		this.director.put("/partner-affiliations/" + this.partner.subject,
				map("partnerOrganisationId", police, "since", "2020-01-01"));
		String caseId = this.director.post("/cases", map("severity", 2, "supportLevel", "MEDIUM")).text("id");
		String person = this.director
			.post("/cases/" + caseId + "/persons",
					map("role", "PERSON_OF_CONCERN", "name", "Jongere (fictief)", "yearOfBirth", 2000))
			.text("id");
		assertThat(this.director
			.post("/cases/" + caseId + "/team",
					map("kind", "CHAIN_PARTNER", "basis", "CONSENT", "partnerOrganisationId", police, "roleOnCase",
							"Wijkagent", "reason", "Toestemming gezin"))
			.status()).isEqualTo(201);
		String trajectory = "/trajectories/" + this.director
			.post("/cases/" + caseId + "/trajectories",
					map("kind", "INDIVIDUAL_GUIDANCE", "lseWorker", this.worker.subject))
			.text("id");
		this.worker.post(trajectory + "/consents", map("personId", person, "scope", "SUPPORT", "givenOn", TODAY));
		Response sharing = this.worker.post(trajectory + "/consents",
				map("personId", person, "scope", "SHARE_WITH_PARTNERS", "givenOn", TODAY));
		assertThat(forCaller(partnerCaller())).noneMatch((notice) -> notice.caseId().toString().equals(caseId));

		Response withdrawn = this.worker.post(trajectory + "/consents/" + sharing.text("id") + "/withdrawal",
				map("withdrawnOn", TODAY));
		assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(forCaller(partnerCaller()))
				.anyMatch((notice) -> notice.caseId().toString().equals(caseId)
						&& notice.kind() == TeamNotice.Kind.CONSENT_WITHDRAWN && !notice.trajectoryEnded()));
		assertThat(this.partner.get("/cases/" + caseId).status()).as("off the team, and told so").isEqualTo(404);
		assertThat(forCaller(workerCaller())).anyMatch((notice) -> notice.caseId().toString().equals(caseId));
		assertThat(ofCase(caseId)).hasSize(1);
	}

	@Test
	void aWithdrawnCommissionIsToldToTheWorkerWhoLeftAndDeliveredTwiceIsToldOnce() {
		String caseId = this.director.post("/cases", map("severity", 2, "supportLevel", "MEDIUM")).text("id");
		Response referred = this.director.post("/cases/" + caseId + "/trajectories",
				map("kind", "FAMILY_SUPPORT", "lseWorker", this.worker.subject));
		String trajectory = "/trajectories/" + referred.text("id");

		Response withdrawn = this.director.post(trajectory + "/commission-withdrawal",
				map("reason", "Gezin verhuisd (fictief)", "version", referred.version()));
		assertThat(withdrawn.text("phase")).as(withdrawn.toString()).isEqualTo("CLOSED");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(forCaller(workerCaller()))
				.anyMatch((notice) -> notice.caseId().toString().equals(caseId)
						&& notice.kind() == TeamNotice.Kind.COMMISSION_WITHDRAWN && notice.trajectoryEnded()));
		this.notices.on(new CommissionWithdrawn(AMSTERDAM, UUID.fromString(caseId),
				UUID.fromString(referred.text("id")), false));
		assertThat(ofCase(caseId)).as("at-least-once delivery, told once").hasSize(1);
		assertThat(TestDatabase.get()
			.superuser()
			.queryForObject(
					"select count(*) from tenant_gm0363.team_notice_recipient r join tenant_gm0363.team_notice n"
							+ " on n.id = r.notice_id where n.case_id = ?::uuid and r.subject = ?",
					Integer.class, caseId, this.worker.subject))
			.isEqualTo(1);
	}

	private List<TeamNotice> forCaller(Caller caller) {
		return TenantContext.callAs(AMSTERDAM, () -> this.notices.forCaller(caller));
	}

	private List<TeamNotice> ofCase(String caseId) {
		return TenantContext.callAs(AMSTERDAM, () -> this.notices.ofCase(UUID.fromString(caseId)));
	}

	private Caller partnerCaller() {
		return new Caller(Subject.of(this.partner.subject), "Politie", false, false, true, false, false);
	}

	private Caller workerCaller() {
		return new Caller(Subject.of(this.worker.subject), "LSE", false, false, false, true, false);
	}

}
