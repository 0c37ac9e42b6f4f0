package nl.lse.platform.trajectories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.cases.PersonRole;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of a trajectory, allowed and refused. */
class TrajectoryTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static final Consent.About PARENT = new Consent.About(UUID.randomUUID(), PersonRole.PARENT, 1980);

	@Test
	void aReferralByTheMunicipalityIsCommissionedAtOnce() {
		Trajectory trajectory = referred();
		assertThat(trajectory.phase()).isEqualTo(Phase.REFERRED);
		assertThat(trajectory.isCommissioned()).isTrue();
		refused(() -> trajectory.commission(Subject.of("cd"), TODAY), "phase", "al in opdracht");
	}

	@Test
	void aSelfReferralWaitsForTheCommission() {
		Trajectory trajectory = new Trajectory(UUID.randomUUID(), TrajectoryKind.FAMILY_SUPPORT, true, null, TODAY);
		trajectory.assign(Subject.of("worker"));
		trajectory.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY, Subject.of("w"),
				TODAY);
		refused(() -> trajectory.startIntake(TODAY), "commissionedBy", "opdracht");
		trajectory.commission(Subject.of("cd"), TODAY);
		trajectory.startIntake(TODAY);
		assertThat(trajectory.phase()).isEqualTo(Phase.INTAKE);
	}

	@Test
	void theMunicipalityWithdrawsItsCommissionWithAReason() {
		Trajectory selfReferral = new Trajectory(UUID.randomUUID(), TrajectoryKind.FAMILY_SUPPORT, true, null, TODAY);
		refused(() -> selfReferral.withdrawCommission("Zelf oppakken", Subject.of("cd"), TODAY), "commissionedBy",
				"niet in opdracht");
		Trajectory trajectory = inIntake();
		refused(() -> trajectory.withdrawCommission(" ", Subject.of("cd"), TODAY), "reason", "waarom");
		trajectory.withdrawCommission("De gemeente pakt het zelf op", Subject.of("cd"), TODAY);
		assertThat(trajectory.phase()).isEqualTo(Phase.CLOSED);
		assertThat(trajectory.closureReason()).isEqualTo(Trajectory.COMMISSION_WITHDRAWN);
		assertThat(trajectory.closureNote()).isEqualTo("De gemeente pakt het zelf op");
		refused(() -> trajectory.withdrawCommission("Nog eens", Subject.of("cd"), TODAY), "phase", "afgesloten");
	}

	@Test
	void aReferralWithoutAMunicipalityIsRefused() {
		refused(() -> new Trajectory(UUID.randomUUID(), TrajectoryKind.FAMILY_SUPPORT, false, null, TODAY),
				"commissionedBy", "opdracht van de gemeente");
	}

	@Test
	void intakeNeedsAnLseWorker() {
		Trajectory trajectory = new Trajectory(UUID.randomUUID(), TrajectoryKind.INDIVIDUAL_GUIDANCE, false,
				Subject.of("cd"), TODAY);
		refused(() -> trajectory.startIntake(TODAY), "lseWorker", "LSE-medewerker");
	}

	@Test
	void intakeOnlyFromReferred() {
		Trajectory trajectory = inIntake();
		refused(() -> trajectory.startIntake(TODAY), "phase", "na de aanmelding");
	}

	@Test
	void helpQuestionsDuringIntakeOrPlanningOnly() {
		Trajectory referred = referred();
		refused(() -> referred.recordHelpQuestions(List.of("Vraag")), "phase", "intake");
		Trajectory intake = inIntake();
		refused(() -> intake.recordHelpQuestions(List.of(" ")), "helpQuestions", "leeg");
		intake.recordHelpQuestions(List.of(" Hoe praten we met hem? "));
		assertThat(intake.helpQuestions()).extracting(HelpQuestion::text).containsExactly("Hoe praten we met hem?");
		assertThat(intake.helpQuestions()).extracting(HelpQuestion::status).containsExactly(HelpQuestion.Status.OPEN);
	}

	@Test
	void consentIsRecordedFromTheReferralAndNotInTheFuture() {
		Trajectory referred = referred();
		referred.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY, Subject.of("w"),
				TODAY);
		refused(() -> referred().recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT,
				TODAY.minusDays(1), Subject.of("w"), TODAY), "givenOn", "voor de aanmelding");
		refused(() -> referred().recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT,
				TODAY.plusDays(1), Subject.of("w"), TODAY), "givenOn", "toekomst");
	}

	@Test
	void intakeNeedsConsentToTheTrajectory() {
		Trajectory trajectory = referred();
		trajectory.assign(Subject.of("worker"));
		refused(() -> trajectory.startIntake(TODAY), "consents", "toestemming");
		trajectory.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SHARE_WITH_PARTNERS, TODAY,
				Subject.of("w"), TODAY);
		refused(() -> trajectory.startIntake(TODAY), "consents", "toestemming");
		Consent consent = trajectory.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY,
				Subject.of("w"), TODAY);
		trajectory.withdrawConsent(consent.id(), TODAY, Subject.of("w"));
		assertThat(trajectory.phase()).as("a referral stays a referral").isEqualTo(Phase.REFERRED);
		refused(() -> trajectory.startIntake(TODAY), "consents", "toestemming");
		trajectory.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY, Subject.of("w"),
				TODAY);
		trajectory.startIntake(TODAY);
		assertThat(trajectory.phase()).isEqualTo(Phase.INTAKE);
	}

	@Test
	void underTwelveTheRepresentativesConsent() {
		Consent.About child = new Consent.About(UUID.randomUUID(), PersonRole.SIBLING, 2015);
		Trajectory trajectory = referred();
		trajectory.assign(Subject.of("worker"));
		refused(() -> trajectory.recordConsent(child, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY,
				Subject.of("w"), TODAY), "capacity", "jonger kan zijn dan 12");
		refused(() -> trajectory.recordConsent(child, Consent.Capacity.PARENT_WITH_AUTHORITY, " ",
				Consent.Scope.SUPPORT, TODAY, Subject.of("w"), TODAY), "givenByName", "naam");
		Consent given = trajectory.recordConsent(child, Consent.Capacity.GUARDIAN, " Voogd Jansen ",
				Consent.Scope.SUPPORT, TODAY, Subject.of("w"), TODAY);
		assertThat(given.givenByName()).isEqualTo("Voogd Jansen");
		trajectory.startIntake(TODAY);
	}

	@Test
	void fromTwelveToFifteenTheYoungPersonAndARepresentative() {
		Consent.About young = new Consent.About(UUID.randomUUID(), PersonRole.SIBLING, 2012);
		Trajectory trajectory = referred();
		trajectory.assign(Subject.of("worker"));
		trajectory.recordConsent(young, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY, Subject.of("w"),
				TODAY);
		refused(() -> trajectory.startIntake(TODAY), "consents", "toestemming");
		trajectory.recordConsent(young, Consent.Capacity.PARENT_WITH_AUTHORITY, "Moeder", Consent.Scope.SUPPORT, TODAY,
				Subject.of("w"), TODAY);
		trajectory.startIntake(TODAY);
	}

	@Test
	void fromSixteenThePersonThemselfAndInTheYearOfTheBirthdayTheStricterRule() {
		Consent.About sixteenOrSeventeen = new Consent.About(UUID.randomUUID(), PersonRole.SIBLING, 2009);
		refused(() -> referred().recordConsent(sixteenOrSeventeen, Consent.Capacity.PARENT_WITH_AUTHORITY, "Vader",
				Consent.Scope.SUPPORT, TODAY, Subject.of("w"), TODAY), "capacity", "Vanaf 16 jaar");
		// born 2010: 15 or 16 in 2026, so both
		Consent.About fifteenOrSixteen = new Consent.About(UUID.randomUUID(), PersonRole.SIBLING, 2010);
		Trajectory trajectory = referred();
		trajectory.assign(Subject.of("worker"));
		trajectory.recordConsent(fifteenOrSixteen, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY,
				Subject.of("w"), TODAY);
		refused(() -> trajectory.startIntake(TODAY), "consents", "toestemming");
		trajectory.recordConsent(fifteenOrSixteen, Consent.Capacity.GUARDIAN, "Voogd", Consent.Scope.SUPPORT, TODAY,
				Subject.of("w"), TODAY);
		trajectory.startIntake(TODAY);
	}

	@Test
	void familySupportNeedsEveryParticipatingRelativeAndIndividualGuidanceThePerson() {
		Trajectory family = referred();
		family.assign(Subject.of("worker"));
		family.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY, Subject.of("w"), TODAY);
		family.recordConsent(new Consent.About(UUID.randomUUID(), PersonRole.SIBLING, 2013), Consent.Capacity.SELF,
				null, Consent.Scope.SUPPORT, TODAY, Subject.of("w"), TODAY);
		refused(() -> family.startIntake(TODAY), "consents", "ieder gezinslid");

		Consent.About person = new Consent.About(UUID.randomUUID(), PersonRole.PERSON_OF_CONCERN, 1998);
		Trajectory guidance = new Trajectory(UUID.randomUUID(), TrajectoryKind.INDIVIDUAL_GUIDANCE, false,
				Subject.of("cd"), TODAY);
		guidance.assign(Subject.of("worker"));
		refused(() -> guidance.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY,
				Subject.of("w"), TODAY), "personId", "persoon om wie zorg bestaat");
		guidance.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.CONTACT_SCHOOL, TODAY,
				Subject.of("w"), TODAY);
		refused(() -> guidance.startIntake(TODAY), "consents", "persoon om wie zorg bestaat");
		guidance.recordConsent(person, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY, Subject.of("w"),
				TODAY);
		guidance.startIntake(TODAY);
	}

	@Test
	void planningNeedsHelpQuestions() {
		Trajectory trajectory = inIntake();
		refused(trajectory::startPlanning, "helpQuestions", "hulpvragen");
		trajectory.recordHelpQuestions(List.of("Vraag"));
		trajectory.startPlanning();
		assertThat(trajectory.phase()).isEqualTo(Phase.PLANNING);
	}

	@Test
	void planningOnlyFromIntake() {
		refused(() -> referred().startPlanning(), "phase", "intake");
	}

	@Test
	void withdrawingConsentToTheTrajectoryEndsIt() {
		Trajectory trajectory = inIntake();
		Consent consent = trajectory.consents().get(0);
		trajectory.withdrawConsent(consent.id(), TODAY, Subject.of("w"));
		assertThat(trajectory.phase()).isEqualTo(Phase.CLOSED);
		assertThat(trajectory.closureReason()).isEqualTo(Trajectory.CONSENT_WITHDRAWN);
		assertThat(trajectory.closedOn()).isEqualTo(TODAY);
		refused(() -> trajectory.logContact(TODAY, Contact.Kind.PHONE, "Moeder", "x", Visibility.TEAM, Subject.of("w"),
				TODAY), "phase", "afgesloten");
	}

	@Test
	void withdrawingAnotherConsentOnlyRecordsIt() {
		Trajectory trajectory = inIntake();
		Consent school = trajectory.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.CONTACT_SCHOOL,
				TODAY, Subject.of("w"), TODAY);
		trajectory.withdrawConsent(school.id(), TODAY, Subject.of("w"));
		assertThat(trajectory.phase()).isEqualTo(Phase.INTAKE);
		refused(() -> trajectory.withdrawConsent(school.id(), TODAY, Subject.of("w")), "consentId", "al ingetrokken");
		refused(() -> trajectory.withdrawConsent(UUID.randomUUID(), TODAY, Subject.of("w")), "consentId", "hoort niet");
	}

	@Test
	void withdrawalCannotPrecedeTheConsent() {
		Trajectory trajectory = inIntake();
		Consent consent = trajectory.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY,
				Subject.of("w"), TODAY);
		refused(() -> trajectory.withdrawConsent(consent.id(), TODAY.minusDays(1), Subject.of("w")), "withdrawnOn",
				"voor de datum");
	}

	@Test
	void aPlanNeedsAGoalAndActionsThatPointAtOne() {
		Trajectory trajectory = inPlanning();
		refused(() -> trajectory.draftPlan(List.of(), List.of(), Visibility.TEAM, Subject.of("w"), Instant.now()),
				"goals", "ten minste één doel");
		refused(() -> trajectory.draftPlan(List.of(new ActionPlan.Goal("Doel")),
				List.of(new ActionPlan.Action(2, "Actie", "Ouders", null)), Visibility.TEAM, Subject.of("w"),
				Instant.now()), "actions[0].goalNumber", "doel dat niet in het plan staat");
	}

	@Test
	void everyChangeOfThePlanIsANewVersion() {
		Trajectory trajectory = inPlanning();
		assertThat(plan(trajectory).number()).isEqualTo(1);
		assertThat(plan(trajectory).number()).isEqualTo(2);
		assertThat(trajectory.plans()).hasSize(2);
	}

	@Test
	void aPlanIsDraftedOnlyInPlanningOrSupport() {
		refused(() -> inIntake().draftPlan(List.of(new ActionPlan.Goal("Doel")), List.of(), Visibility.TEAM,
				Subject.of("w"), Instant.now()), "phase", "planfase");
	}

	@Test
	void supportNeedsAnAgreedPlan() {
		Trajectory trajectory = inPlanning();
		refused(() -> trajectory.startSupport(TODAY.plusMonths(6), TODAY), "actionPlan", "plan van aanpak");
		plan(trajectory);
		refused(() -> trajectory.startSupport(TODAY.plusMonths(6), TODAY), "actionPlan", "plan van aanpak");
		trajectory.agreePlan(1, TODAY, "Ouders", TODAY);
		trajectory.startSupport(TODAY.plusMonths(6), TODAY);
		assertThat(trajectory.phase()).isEqualTo(Phase.SUPPORT);
	}

	@Test
	void supportOnlyFromPlanning() {
		refused(() -> inIntake().startSupport(TODAY.plusMonths(6), TODAY), "phase", "na de planfase");
	}

	@Test
	void supportIsTemporaryWithAPlannedEnd() {
		Trajectory agreed = inPlanning();
		plan(agreed);
		agreed.agreePlan(1, TODAY, "Ouders", TODAY);
		refused(() -> agreed.startSupport(TODAY, TODAY), "supportEndsOn", "na vandaag");
		refused(() -> agreed.startSupport(TODAY.plusYears(2).plusDays(1), TODAY), "supportEndsOn", "twee jaar");
		agreed.startSupport(TODAY.plusYears(2), TODAY);
		assertThat(agreed.supportEndsOn()).isEqualTo(TODAY.plusYears(2));
		assertThat(agreed.isSupportOverdue(TODAY.plusYears(2))).isFalse();
		assertThat(agreed.isSupportOverdue(TODAY.plusYears(2).plusDays(1))).isTrue();
	}

	@Test
	void agreeingAPlanHiddenFromTheCallerIsLikeAnUnknownVersion() {
		Trajectory trajectory = inPlanning();
		trajectory.draftPlan(List.of(new ActionPlan.Goal("Intern doel")), List.of(), Visibility.LSE_INTERNAL,
				Subject.of("w"), Instant.now());
		refused(() -> trajectory.agreePlan(1, TODAY, "Ouders", TODAY, Sight.MUNICIPALITY), "number", "bestaat niet");
		trajectory.agreePlan(1, TODAY, "Ouders", TODAY, Sight.LSE);
	}

	@Test
	void evaluationGoesToTheNewestAgreedPlanTheCallerCanSee() {
		Trajectory trajectory = inPlanning();
		plan(trajectory);
		trajectory.agreePlan(1, TODAY, "Ouders", TODAY);
		trajectory.startSupport(TODAY.plusMonths(6), TODAY);
		trajectory.draftPlan(List.of(new ActionPlan.Goal("Intern doel")), List.of(), Visibility.LSE_INTERNAL,
				Subject.of("w"), Instant.now());
		trajectory.agreePlan(2, TODAY, "Ouders", TODAY, Sight.LSE);
		trajectory.evaluatePlan(TODAY, "Gemeente evalueert", TODAY, Sight.MUNICIPALITY);
		assertThat(trajectory.plans().get(0).evaluations()).hasSize(1);
		assertThat(trajectory.plans().get(1).evaluations()).isEmpty();
	}

	@Test
	void agreeingChecksTheVersionTheDateAndWithWhom() {
		Trajectory trajectory = inPlanning();
		plan(trajectory);
		refused(() -> trajectory.agreePlan(2, TODAY, "Ouders", TODAY), "number", "bestaat niet");
		refused(() -> trajectory.agreePlan(1, TODAY.plusDays(1), "Ouders", TODAY), "agreedOn", "toekomst");
		refused(() -> trajectory.agreePlan(1, TODAY, " ", TODAY), "agreedWith", "met wie");
		trajectory.agreePlan(1, TODAY, "Ouders", TODAY);
		refused(() -> trajectory.agreePlan(1, TODAY, "Ouders", TODAY), "number", "al afgesproken");
	}

	@Test
	void evaluationsDuringSupportOnly() {
		Trajectory planning = inPlanning();
		refused(() -> planning.evaluatePlan(TODAY, "Goed", TODAY), "phase", "begeleiding");
		Trajectory support = inSupport();
		refused(() -> support.evaluatePlan(TODAY.plusDays(2), "Goed", TODAY), "evaluatedOn", "toekomst");
		support.evaluatePlan(TODAY, "Gesprekken lopen goed", TODAY);
		assertThat(support.plans().get(0).evaluations()).hasSize(1);
	}

	@Test
	void contactsIncludingPeerContactAreLoggedNotInTheFuture() {
		Trajectory trajectory = inSupport();
		refused(() -> trajectory.logContact(TODAY.plusDays(1), Contact.Kind.PHONE, "Vader", "x", Visibility.TEAM,
				Subject.of("w"), TODAY), "contactOn", "toekomst");
		trajectory.logContact(TODAY, Contact.Kind.PEER_CONTACT_MEETING, "Ouders", "Lotgenotenbijeenkomst",
				Visibility.MUNICIPALITY_AND_LSE, Subject.of("w"), TODAY);
		assertThat(trajectory.contacts()).extracting(Contact::kind).containsExactly(Contact.Kind.PEER_CONTACT_MEETING);
	}

	static Trajectory referred() {
		return new Trajectory(UUID.randomUUID(), TrajectoryKind.FAMILY_SUPPORT, false, Subject.of("cd"), TODAY);
	}

	static Trajectory inIntake() {
		Trajectory trajectory = referred();
		trajectory.assign(Subject.of("worker"));
		trajectory.recordConsent(PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY, Subject.of("w"),
				TODAY);
		trajectory.startIntake(TODAY);
		return trajectory;
	}

	static Trajectory inPlanning() {
		Trajectory trajectory = inIntake();
		trajectory.recordHelpQuestions(List.of("Vraag"));
		trajectory.startPlanning();
		return trajectory;
	}

	static Trajectory inSupport() {
		Trajectory trajectory = inPlanning();
		plan(trajectory);
		trajectory.agreePlan(1, TODAY, "Ouders", TODAY);
		trajectory.startSupport(TODAY.plusMonths(6), TODAY);
		return trajectory;
	}

	static ActionPlan plan(Trajectory trajectory) {
		return trajectory.draftPlan(List.of(new ActionPlan.Goal("Doel")),
				List.of(new ActionPlan.Action(1, "Actie", "Ouders", null)), Visibility.TEAM, Subject.of("w"),
				Instant.now());
	}

	static void refused(Runnable change, String field, String rule) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class, (violation) -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.getMessage()).containsIgnoringCase(rule);
		});
	}

}
