package nl.lse.platform.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.casework.Api;
import nl.lse.platform.casework.CaseWorkClock;
import nl.lse.platform.client.ApiClient;
import nl.lse.platform.client.ApiException;
import nl.lse.platform.client.api.CasesApi;
import nl.lse.platform.client.api.PartnersApi;
import nl.lse.platform.client.api.TrajectoriesApi;
import nl.lse.platform.client.model.Acceptance;
import nl.lse.platform.client.model.Affiliation;
import nl.lse.platform.client.model.AftercareAgreement;
import nl.lse.platform.client.model.AftercareContactDone;
import nl.lse.platform.client.model.Agreement;
import nl.lse.platform.client.model.CaseView;
import nl.lse.platform.client.model.Checklist;
import nl.lse.platform.client.model.Decision;
import nl.lse.platform.client.model.HelpQuestionProgress;
import nl.lse.platform.client.model.HelpQuestions;
import nl.lse.platform.client.model.LocalPartner;
import nl.lse.platform.client.model.NewConsent;
import nl.lse.platform.client.model.NewHandover;
import nl.lse.platform.client.model.NewMember;
import nl.lse.platform.client.model.NewPerson;
import nl.lse.platform.client.model.NewPlan;
import nl.lse.platform.client.model.OpenCase;
import nl.lse.platform.client.model.Referral;
import nl.lse.platform.client.model.SupportStart;
import nl.lse.platform.client.model.TrajectoryView;
import nl.lse.platform.client.model.Versioned;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The referral-to-closure journey through the Java client that openapi-generator made
 * from docs/openapi.json (platform-app's pom), against the real app and Keycloak: if the
 * contract cannot call the API, or describes an answer wrongly, this fails. The case
 * director refers, LSE's worker does intake with consent, the plan, support with its help
 * questions completed, aftercare with a contact and the local partner (the police on the
 * team), the handover that the police accept, and the case director closes the case.
 */
class GeneratedClientJourneyIntegrationTests extends PlatformIntegrationTest {

	static final String AMSTERDAM = "gm0363";

	static final LocalDate TODAY = LocalDate.now(CaseWorkClock.ZONE);

	final ApiClient director = client("cd.amsterdam");

	final ApiClient worker = client("lse.worker");

	final ApiClient police = client("partner.politie");

	@Test
	void fromReferralToClosureThroughTheGeneratedClient() throws ApiException {
		UUID policeOrganisation = Api.amsterdamPolice();
		String partner = (String) TestKeycloak.payload(TestKeycloak.accessToken("partner.politie")).get("sub");
		String lseWorker = (String) TestKeycloak.payload(TestKeycloak.accessToken("lse.worker")).get("sub");
		new PartnersApi(this.director).partnerAffiliationRecord(partner, AMSTERDAM,
				new Affiliation().partnerOrganisationId(policeOrganisation).since(LocalDate.of(2020, 1, 1)));
		CasesApi cases = new CasesApi(this.director);
		CaseView opened = cases.caseOpen(AMSTERDAM,
				new OpenCase().severity(2).supportLevel(OpenCase.SupportLevelEnum.MEDIUM),
				UUID.randomUUID().toString());
		UUID caseId = opened.getId();
		UUID parent = cases.caseAddPerson(AMSTERDAM, caseId,
				new NewPerson().role(NewPerson.RoleEnum.PARENT).name("Ouder (fictief, client)").yearOfBirth(1975), null)
			.getId();
		cases.caseAddMember(AMSTERDAM, caseId,
				new NewMember().kind(NewMember.KindEnum.CHAIN_PARTNER)
					.basis(NewMember.BasisEnum.COVENANT)
					.partnerOrganisationId(policeOrganisation)
					.roleOnCase("Wijkagent")
					.reason("Blijft betrokken (fictief)"),
				null);

		TrajectoriesApi asDirector = new TrajectoriesApi(this.director);
		TrajectoriesApi asWorker = new TrajectoriesApi(this.worker);
		TrajectoryView referred = asDirector.trajectoryRefer(AMSTERDAM, caseId,
				new Referral().kind(Referral.KindEnum.FAMILY_SUPPORT).lseWorker(lseWorker), null);
		UUID id = referred.getId();
		assertThat(referred.getPhase()).hasToString("REFERRED");
		assertThatThrownBy(() -> asWorker.trajectoryStartIntake(id, AMSTERDAM, new Versioned().version(version(id))))
			.as("no intake without consent: a 422 the client can read")
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.getCode()).isEqualTo(422);
				assertThat(ex.getResponseBody()).contains("toestemming");
			});
		asWorker.trajectoryRecordConsent(AMSTERDAM, id,
				new NewConsent().personId(parent).scope(NewConsent.ScopeEnum.SUPPORT).givenOn(TODAY), null);
		asWorker.trajectoryRecordConsent(AMSTERDAM, id,
				new NewConsent().personId(parent).scope(NewConsent.ScopeEnum.SHARE_WITH_PARTNERS).givenOn(TODAY), null);
		asWorker.trajectoryStartIntake(id, AMSTERDAM, new Versioned().version(version(id)));
		asWorker.trajectoryHelpQuestions(id, AMSTERDAM,
				new HelpQuestions().questions(List.of("Hoe blijven we in gesprek?", "Wie steunt ons?"))
					.version(version(id)));
		asWorker.trajectoryStartPlanning(id, AMSTERDAM, new Versioned().version(version(id)));
		asWorker.trajectoryDraftPlan(AMSTERDAM, id, new NewPlan().goals(List.of("Het contact thuis blijft open")),
				null);
		asWorker.trajectoryAgreePlan(id, 1, AMSTERDAM,
				new Agreement().agreedOn(TODAY).agreedWith("Ouders").version(version(id)));
		TrajectoryView support = asWorker.trajectoryStartSupport(id, AMSTERDAM,
				new SupportStart().endsOn(TODAY.plusMonths(6)).version(version(id)));
		assertThat(support.getPhase()).hasToString("SUPPORT");
		asWorker.trajectoryUpdateHelpQuestion(id, 1, AMSTERDAM,
				new HelpQuestionProgress().status(HelpQuestionProgress.StatusEnum.DONE).version(version(id)));
		asWorker.trajectoryUpdateHelpQuestion(id, 2, AMSTERDAM,
				new HelpQuestionProgress().status(HelpQuestionProgress.StatusEnum.DROPPED)
					.reason("Steun gevonden in de familie (fictief)")
					.version(version(id)));

		TrajectoryView aftercare = asWorker.trajectoryAgreeAftercare(id, AMSTERDAM,
				new AftercareAgreement().contactKind(AftercareAgreement.ContactKindEnum.PHONE)
					.endsOn(TODAY.plusDays(90))
					.version(version(id)));
		assertThat(aftercare.getPhase()).hasToString("AFTERCARE");
		asWorker.trajectoryRecordAftercareContact(id, AMSTERDAM, new AftercareContactDone().contactOn(TODAY));
		asWorker.trajectoryChooseLocalPartner(id, AMSTERDAM,
				new LocalPartner().name("Wijkagent (fictief)")
					.partnerOrganisationId(policeOrganisation)
					.version(version(id)));
		TrajectoryView handover = asWorker.trajectoryStartHandover(id, AMSTERDAM,
				new NewHandover().receiverKind(NewHandover.ReceiverKindEnum.LOCAL_PARTNER)
					.receiver("Wijkagent (fictief)")
					.partnerOrganisationId(policeOrganisation)
					.version(version(id)));
		assertThat(handover.getPhase()).hasToString("HANDOVER");
		asWorker.trajectoryCheckHandover(id, AMSTERDAM,
				new Checklist().warmHandoverMeetingHeldOn(TODAY)
					.familyInformedOn(TODAY)
					.fileTransferredOn(TODAY)
					.aftercarePartnerAgreedOn(TODAY)
					.version(version(id)));

		TrajectoryView offered = new TrajectoriesApi(this.police).trajectoryRead(id, AMSTERDAM);
		assertThat(offered.getAllowedActions()).extracting(Object::toString).contains("ACCEPT_HANDOVER");
		TrajectoryView accepted = new TrajectoriesApi(this.police).trajectoryAcceptHandover(id, AMSTERDAM,
				new Acceptance().acceptedOn(TODAY).version(offered.getVersion()));
		assertThat(accepted.getPhase()).hasToString("CLOSED");
		assertThat(accepted.getClosureReason()).hasToString("HANDED_OVER");

		CaseView open = cases.caseRead(caseId, AMSTERDAM);
		assertThat(open.getStatus()).hasToString("OPEN");
		CaseView closed = cases.caseClose(caseId, AMSTERDAM,
				new Decision().reason("Familie heeft voldoende steun in de wijk (fictief)").version(open.getVersion()));
		assertThat(closed.getStatus()).hasToString("CLOSED");
	}

	private long version(UUID trajectory) throws ApiException {
		return new TrajectoriesApi(this.director).trajectoryRead(trajectory, AMSTERDAM).getVersion();
	}

	/** A client of the platform with the user's real token from Keycloak. */
	private static ApiClient client(String user) {
		String token = TestKeycloak.accessToken(user);
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + TestKeycloak.PORTAL_PORT);
		client.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + token));
		return client;
	}

}
