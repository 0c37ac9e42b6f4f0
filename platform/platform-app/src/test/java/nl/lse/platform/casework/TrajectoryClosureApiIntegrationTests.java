package nl.lse.platform.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.casework.Api.Response;
import org.junit.jupiter.api.Test;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family support trajectory from referral to closure through the API, in LSE's order of
 * work: support until every help question is done or dropped, aftercare (scheduled from
 * the case's severity and support level) with its contacts and the local partner that
 * stays involved, then the handover with its checklist, whose acceptance closes the
 * trajectory; the case director then closes the case. And the closures that are refused.
 */
class TrajectoryClosureApiIntegrationTests extends PlatformIntegrationTest {

	static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

	final Api director = new Api("cd.amsterdam", "gm0363");

	final Api worker = new Api("lse.worker", "gm0363");

	@Test
	void fromReferralToClosure() {
		String caseId = this.director.post("/cases", map("severity", 3, "supportLevel", "INTENSIVE")).text("id");
		String trajectory = inSupport(caseId);

		Response refused = this.director.post(trajectory + "/closure", map("version", version(trajectory)));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("field")).isEqualTo("reason");
		assertThat(refused.text("detail")).contains("overdracht");

		Response tooEarly = this.worker.post(trajectory + "/handover", map("receiverKind", "LOCAL_PARTNER", "receiver",
				"Buurtteam Oost (fictief)", "version", version(trajectory)));
		assertThat(tooEarly.status()).as("the handover follows aftercare").isEqualTo(422);
		Map<String, Object> aftercareAgreement = map("contactKind", "HOME_VISIT", "endsOn",
				LocalDate.parse(TODAY).plusDays(28).toString(), "version", version(trajectory));
		Response openQuestions = this.worker.post(trajectory + "/aftercare", aftercareAgreement);
		assertThat(openQuestions.status()).isEqualTo(422);
		assertThat(openQuestions.text("field")).isEqualTo("helpQuestions");
		Response done = this.worker.put(trajectory + "/help-questions/1",
				map("status", "DONE", "version", version(trajectory)));
		assertThat(done.json().path("helpQuestions").get(0).path("status").asString()).as(done.toString())
			.isEqualTo("DONE");
		Response dropped = this.worker.put(trajectory + "/help-questions/2",
				map("status", "DROPPED", "version", done.version()));
		assertThat(dropped.status()).as("dropping says why").isEqualTo(422);
		this.worker.put(trajectory + "/help-questions/2", map("status", "DROPPED", "reason",
				"Steun gevonden in de familie (fictief)", "version", done.version()));

		aftercareAgreement.put("version", version(trajectory));
		Response aftercare = this.worker.post(trajectory + "/aftercare", aftercareAgreement);
		assertThat(aftercare.text("phase")).as(aftercare.toString()).isEqualTo("AFTERCARE");
		// severity 3, intensive: every 14 days
		assertThat(aftercare.json().path("aftercare").path("frequencyDays").asInt()).isEqualTo(14);
		assertThat(aftercare.json().path("aftercare").path("contacts").size()).isEqualTo(2);
		Response contact = this.worker.post(trajectory + "/aftercare/contacts", map("contactOn", TODAY));
		assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
		Response partner = this.worker.put(trajectory + "/aftercare/local-partner",
				map("name", "Buurtteam Oost (fictief)", "version", contact.version()));
		assertThat(partner.json().path("aftercare").path("localPartner").asString()).as(partner.toString())
			.isEqualTo("Buurtteam Oost (fictief)");

		Response withoutConsent = this.worker.post(trajectory + "/handover", map("receiverKind", "LOCAL_PARTNER",
				"receiver", "Buurtteam Oost (fictief)", "version", partner.version()));
		assertThat(withoutConsent.status()).as("sharing with a provider outside the team needs the family's consent")
			.isEqualTo(422);
		assertThat(withoutConsent.text("field")).isEqualTo("receiver");
		String parent = this.director.get("/cases/" + caseId).json().path("persons").get(0).path("id").asString();
		this.worker.post(trajectory + "/consents",
				map("personId", parent, "scope", "SHARE_WITH_PARTNERS", "givenOn", TODAY));
		Response handover = this.worker.post(trajectory + "/handover", map("receiverKind", "LOCAL_PARTNER", "receiver",
				"Buurtteam Oost (fictief)", "version", version(trajectory)));
		assertThat(handover.text("phase")).as(handover.toString()).isEqualTo("HANDOVER");
		Response early = this.director.post(trajectory + "/handover/acceptance",
				map("acceptedOn", TODAY, "version", handover.version()));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.text("field")).isEqualTo("checklist");
		Response checked = this.worker.put(trajectory + "/handover/checklist",
				map("warmHandoverMeetingHeldOn", TODAY, "familyInformedOn", TODAY, "fileTransferredOn", TODAY,
						"aftercarePartnerAgreedOn", TODAY, "version", handover.version()));
		assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
		Response accepted = this.director.post(trajectory + "/handover/acceptance",
				map("acceptedOn", TODAY, "version", checked.version()));
		assertThat(accepted.json().path("handover").path("acceptedOn").asString()).as(accepted.toString())
			.isEqualTo(TODAY);
		assertThat(accepted.text("phase")).isEqualTo("CLOSED");
		assertThat(accepted.text("closureReason")).isEqualTo("HANDED_OVER");
		// the LSE worker's part is done: off the team, and the case is no longer theirs
		// to see
		assertThat(this.worker.get("/cases/" + caseId).status()).isEqualTo(404);
		// LSE's work ending does not close the case: the municipality keeps the lead
		Response kase = this.director.get("/cases/" + caseId);
		assertThat(kase.text("status")).isEqualTo("OPEN");
		Response closed = this.director.post("/cases/" + caseId + "/closure",
				map("reason", "Familie heeft voldoende steun in de wijk (fictief)", "version", kase.version()));
		assertThat(closed.text("status")).as(closed.toString()).isEqualTo("CLOSED");
		assertThat(closed.text("closureReason")).isEqualTo("Familie heeft voldoende steun in de wijk (fictief)");
	}

	@Test
	void aPartnerOnTheTeamAcceptsTheHandoverToItsOrganisation() {
		UUID police = Api.amsterdamPolice();
		Api partner = new Api("partner.politie", "gm0363");
		this.director.put("/partner-affiliations/" + partner.subject,
				map("partnerOrganisationId", police, "since", "2020-01-01"));
		String caseId = this.director.post("/cases", map("severity", 2, "supportLevel", "MEDIUM")).text("id");
		String trajectory = inSupport(caseId);
		this.worker.put(trajectory + "/help-questions/1", map("status", "DONE", "version", version(trajectory)));
		this.worker.put(trajectory + "/help-questions/2", map("status", "DONE", "version", version(trajectory)));
		this.worker.post(trajectory + "/aftercare", map("contactKind", "PHONE", "endsOn",
				LocalDate.parse(TODAY).plusDays(28).toString(), "version", version(trajectory)));

		Map<String, Object> toPolice = map("receiverKind", "LOCAL_PARTNER", "receiver", "Wijkagent (fictief)",
				"partnerOrganisationId", police, "version", version(trajectory));
		Response notOnTeam = this.worker.post(trajectory + "/handover", toPolice);
		assertThat(notOnTeam.status()).as(notOnTeam.toString()).isEqualTo(422);
		assertThat(notOnTeam.text("field")).isEqualTo("partnerOrganisationId");
		this.director.post("/cases/" + caseId + "/team", map("kind", "CHAIN_PARTNER", "basis", "COVENANT",
				"partnerOrganisationId", police, "roleOnCase", "Wijkagent", "reason", "Blijft betrokken (fictief)"));
		toPolice.put("version", version(trajectory));
		Response handover = this.worker.post(trajectory + "/handover", toPolice);
		assertThat(handover.text("phase")).as(handover.toString()).isEqualTo("HANDOVER");
		this.worker.put(trajectory + "/handover/checklist", map("warmHandoverMeetingHeldOn", TODAY, "familyInformedOn",
				TODAY, "fileTransferredOn", TODAY, "aftercarePartnerAgreedOn", TODAY, "version", version(trajectory)));

		Response byDirector = this.director.post(trajectory + "/handover/acceptance",
				map("acceptedOn", TODAY, "version", version(trajectory)));
		assertThat(byDirector.status()).as("the police receive it, so the police accept").isEqualTo(403);
		Response offered = partner.get(trajectory);
		assertThat(offered.json().path("allowedActions").valueStream().map((action) -> action.asString()))
			.contains("ACCEPT_HANDOVER");
		Response accepted = partner.post(trajectory + "/handover/acceptance",
				map("acceptedOn", TODAY, "version", offered.version()));
		assertThat(accepted.text("phase")).as(accepted.toString()).isEqualTo("CLOSED");
		assertThat(accepted.text("closureReason")).isEqualTo("HANDED_OVER");
	}

	@Test
	void theCaseDirectorClosesACaseOnlyWhenLseHasNoOpenWorkAndMayReopenIt() {
		String caseId = this.director.post("/cases", map("severity", 1, "supportLevel", "LIGHT")).text("id");
		Response consultation = this.director.post("/consultations",
				map("caseId", caseId, "question", "Nog een vraag (fictief)"));
		String trajectory = inSupport(caseId);
		Response ended = this.director.post(trajectory + "/closure",
				map("reason", "Familie verhuisd (fictief)", "version", version(trajectory)));
		assertThat(ended.text("closureReason")).as(ended.toString()).isEqualTo("NO_HANDOVER_POSSIBLE");
		assertThat(this.director.get("/cases/" + caseId).text("status")).isEqualTo("OPEN");

		Response refused = this.director.post("/cases/" + caseId + "/closure",
				map("reason", "Klaar", "version", this.director.get("/cases/" + caseId).version()));
		assertThat(refused.status()).as("a consultation is still open").isEqualTo(422);
		assertThat(refused.text("detail")).contains("lopend werk");
		Response noReason = this.director.post("/cases/" + caseId + "/closure",
				map("reason", " ", "version", this.director.get("/cases/" + caseId).version()));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(this.worker
			.post("/cases/" + caseId + "/closure",
					map("reason", "Klaar", "version", this.director.get("/cases/" + caseId).version()))
			.status()).as("the municipality keeps the lead").isEqualTo(403);

		String question = "/consultations/" + consultation.text("id");
		new Api("lse.coordinator", "gm0363").post("/work-items/" + consultation.text("id") + "/assignment",
				map("lseWorker", this.worker.subject));
		this.worker.post(question + "/advice",
				map("advice", "Blijf in gesprek (fictief)", "version", this.worker.get(question).version()));
		assertThat(
				this.director.post(question + "/close", map("version", this.director.get(question).version())).status())
			.isEqualTo(200);
		Response closed = this.director.post("/cases/" + caseId + "/closure", map("reason",
				"Geen zorgen meer (fictief)", "version", this.director.get("/cases/" + caseId).version()));
		assertThat(closed.text("status")).as(closed.toString()).isEqualTo("CLOSED");
		Response reopened = this.director.post("/cases/" + caseId + "/reopening",
				map("reason", "Nieuw signaal van school (fictief)", "version", closed.version()));
		assertThat(reopened.text("status")).as(reopened.toString()).isEqualTo("OPEN");
		assertThat(reopened.json().path("closureReason").isNull()).isTrue();
	}

	private String inSupport(String caseId) {
		String person = this.director
			.post("/cases/" + caseId + "/persons", map("role", "PARENT", "name", "Ouder (fictief)"))
			.text("id");
		Response referred = this.director.post("/cases/" + caseId + "/trajectories",
				map("kind", "FAMILY_SUPPORT", "lseWorker", this.worker.subject));
		String trajectory = "/trajectories/" + referred.text("id");
		this.worker.post(trajectory + "/consents", map("personId", person, "scope", "SUPPORT", "givenOn", TODAY));
		Response intake = this.worker.post(trajectory + "/intake", map("version", version(trajectory)));
		this.worker.put(trajectory + "/help-questions",
				map("questions", List.of("Hoe praten we met hem?", "Wie steunt ons?"), "version", intake.version()));
		this.worker.post(trajectory + "/planning", map("version", version(trajectory)));
		this.worker.post(trajectory + "/action-plans", map("goals", List.of("Doel")));
		this.worker.post(trajectory + "/action-plans/1/agreement",
				map("agreedOn", TODAY, "agreedWith", "Ouders", "version", version(trajectory)));
		Response support = this.worker.post(trajectory + "/support",
				map("endsOn", LocalDate.parse(TODAY).plusMonths(6).toString(), "version", version(trajectory)));
		assertThat(support.text("phase")).as(support.toString()).isEqualTo("SUPPORT");
		return trajectory;
	}

	private long version(String trajectory) {
		return this.director.get(trajectory).version();
	}

}
