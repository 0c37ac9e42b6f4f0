package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.UUID;
import java.util.List;
import java.util.Map;

import nl.lse.platform.casework.CaseRole;
import nl.lse.platform.casework.Severity;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.cases.SupportLevel;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static nl.lse.platform.trajectories.TrajectoryTests.TODAY;
import static nl.lse.platform.trajectories.TrajectoryTests.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LSE's order of work after support: help questions completed, aftercare, the local
 * partner chosen during aftercare, handover at its end, closing. Every rule, allowed and
 * refused.
 */
class AftercareAndHandoverTests {

	static final AftercareFrequencies FREQUENCIES = new AftercareFrequencies(Map.of());

	@Test
	void helpQuestionsAreFollowedDuringPlanningAndSupport() {
		refused(() -> TrajectoryTests.inIntake().updateHelpQuestion(1, HelpQuestion.Status.DONE, null), "phase",
				"planfase");
		Trajectory trajectory = TrajectoryTests.inSupport();
		refused(() -> trajectory.updateHelpQuestion(9, HelpQuestion.Status.DONE, null), "number", "bestaat niet");
		refused(() -> trajectory.updateHelpQuestion(1, HelpQuestion.Status.DROPPED, " "), "reason", "waarom");
		trajectory.updateHelpQuestion(1, HelpQuestion.Status.DROPPED, "Zoon woont niet meer thuis");
		assertThat(trajectory.helpQuestions().get(0).reason()).isEqualTo("Zoon woont niet meer thuis");
		trajectory.updateHelpQuestion(1, HelpQuestion.Status.IN_PROGRESS, "vergeten");
		assertThat(trajectory.helpQuestions().get(0).status()).isEqualTo(HelpQuestion.Status.IN_PROGRESS);
		assertThat(trajectory.helpQuestions().get(0).reason()).isNull();
	}

	@Test
	void aftercareStartsWhenEveryHelpQuestionIsDoneOrDropped() {
		refused(() -> agree(TrajectoryTests.inPlanning(), 28, null, null), "phase", "volgt op de begeleiding");
		Trajectory trajectory = TrajectoryTests.inIntake();
		trajectory.recordHelpQuestions(List.of("Hoe praten we met hem?", "Wie steunt ons?"));
		trajectory.startPlanning();
		TrajectoryTests.plan(trajectory);
		trajectory.agreePlan(1, TODAY, "Ouders", TODAY);
		trajectory.startSupport(TODAY.plusMonths(6), TODAY);
		trajectory.updateHelpQuestion(1, HelpQuestion.Status.DONE, null);
		refused(() -> agree(trajectory, 28, null, null), "helpQuestions", "afgerond");
		trajectory.updateHelpQuestion(2, HelpQuestion.Status.DROPPED, "Steun gevonden in de familie");
		agree(trajectory, 28, null, null);
		assertThat(trajectory.phase()).isEqualTo(Phase.AFTERCARE);
		assertThat(trajectory.handoverRecord()).as("the handover comes after aftercare").isNull();
	}

	@ParameterizedTest(name = "severity {0}, {1}: every {2} days")
	@CsvSource({ "1, LIGHT, 90", "1, MEDIUM, 60", "1, INTENSIVE, 42", "2, LIGHT, 60", "2, MEDIUM, 42",
			"2, INTENSIVE, 28", "3, LIGHT, 42", "3, MEDIUM, 28", "3, INTENSIVE, 14", "4, LIGHT, 28", "4, MEDIUM, 14",
			"4, INTENSIVE, 7" })
	void aftercareIsScheduledFromTheSeverityAndSupportLevel(int severity, SupportLevel level, int days) {
		int standard = FREQUENCIES.daysBetweenContacts(Severity.of(severity), level);
		assertThat(standard).isEqualTo(days);
		LocalDate endsOn = TODAY.plusDays(180);
		Aftercare aftercare = supportDone().agreeAftercare(Contact.Kind.HOME_VISIT, null, endsOn, standard, null, null,
				null, Subject.of("w"), TODAY);
		assertThat(aftercare.frequencyDays()).isEqualTo(days);
		assertThat(aftercare.contacts()).hasSize(180 / days);
		assertThat(aftercare.contacts().get(0).dueOn()).isEqualTo(TODAY.plusDays(days));
		assertThat(aftercare.contacts()).allSatisfy((contact) -> assertThat(contact.dueOn()).isBeforeOrEqualTo(endsOn));
	}

	@Test
	void theFrequencyTableIsConfigurable() {
		assertThat(new AftercareFrequencies(Map.of("3-MEDIUM", 21)).daysBetweenContacts(Severity.of(3),
				SupportLevel.MEDIUM))
			.isEqualTo(21);
	}

	@Test
	void anotherFrequencyThanTheDefaultNeedsAReason() {
		refused(() -> agree(supportDone(), 28, 7, null), "frequencyReason", "28 dagen");
		assertThat(agree(supportDone(), 28, 7, "Spanning in het gezin").frequencyDays()).isEqualTo(7);
		refused(() -> supportDone().agreeAftercare(Contact.Kind.PHONE, null, TODAY, 28, null, null, null,
				Subject.of("w"), TODAY), "endsOn", "na de start");
		refused(() -> supportDone().agreeAftercare(Contact.Kind.PEER_CONTACT_MEETING, null, TODAY.plusMonths(3), 28,
				null, null, null, Subject.of("w"), TODAY), "contactKind", "lotgenoten");
	}

	@Test
	void aftercareMayHaveBeenAgreedEarlierButNotInTheFuture() {
		assertThat(supportDone()
			.agreeAftercare(Contact.Kind.PHONE, TODAY.minusDays(30), TODAY.plusMonths(3), 28, null, null, null,
					Subject.of("w"), TODAY)
			.startsOn()).isEqualTo(TODAY.minusDays(30));
		refused(() -> supportDone().agreeAftercare(Contact.Kind.PHONE, TODAY.plusDays(1), TODAY.plusMonths(3), 28, null,
				null, null, Subject.of("w"), TODAY), "startsOn", "toekomst");
	}

	@Test
	void overdueContactsAreFlaggedOnAFixedDay() {
		Trajectory trajectory = supportDone();
		Aftercare aftercare = trajectory.agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusDays(90), 14, null, null,
				null, Subject.of("w"), TODAY);
		assertThat(aftercare.overdue(TODAY.plusDays(14))).isZero();
		assertThat(aftercare.overdue(TODAY.plusDays(15))).isOne();
		assertThat(aftercare.overdue(TODAY.plusDays(29))).isEqualTo(2);
		trajectory.recordAftercareContact(TODAY, Subject.of("w"), TODAY.plusDays(29));
		assertThat(aftercare.overdue(TODAY.plusDays(29))).isOne();
		refused(() -> trajectory.recordAftercareContact(TODAY.plusDays(2), Subject.of("w"), TODAY.plusDays(1)),
				"contactOn", "toekomst");
	}

	@Test
	void duringAftercareTheTeamChoosesTheLocalPartnerThatStaysInvolved() {
		refused(() -> supportDone().chooseLocalPartner(null, "Buurtteam Oost"), "phase", "nazorg");
		Trajectory trajectory = inAftercare();
		refused(() -> trajectory.chooseLocalPartner(null, " "), "localPartner", "lokale partner");
		trajectory.chooseLocalPartner(null, "Buurtteam Oost");
		assertThat(trajectory.aftercareRecord().localPartner()).isEqualTo("Buurtteam Oost");
	}

	@Test
	void theHandoverFollowsAftercareAndEndsIt() {
		refused(() -> supportDone().startHandover(Handover.ReceiverKind.MUNICIPALITY, "Team Jeugd", null, null,
				Subject.of("w"), TODAY), "phase", "eind van de nazorg");
		Trajectory trajectory = inAftercare();
		refused(() -> trajectory.startHandover(Handover.ReceiverKind.LOCAL_PARTNER, " ", null, null, Subject.of("w"),
				TODAY), "receiver", "aan wie");
		refused(() -> trajectory.startHandover(Handover.ReceiverKind.LOCAL_PARTNER, "Buurtteam Oost", null,
				TODAY.minusDays(1), Subject.of("w"), TODAY), "startedOn", "voor de nazorg");
		refused(() -> trajectory.startHandover(Handover.ReceiverKind.LOCAL_PARTNER, "Buurtteam Oost", null, null,
				Subject.of("w"), TODAY), "receiver", "toestemt in delen");
		trajectory.recordConsent(TrajectoryTests.PARENT, Consent.Capacity.SELF, null, Consent.Scope.SHARE_WITH_PARTNERS,
				TODAY, Subject.of("w"), TODAY);
		trajectory.startHandover(Handover.ReceiverKind.LOCAL_PARTNER, "Buurtteam Oost", null, null, Subject.of("w"),
				TODAY);
		assertThat(trajectory.phase()).isEqualTo(Phase.HANDOVER);
		assertThat(trajectory.aftercareRecord().contacts()).as("moments still open are no longer due").isEmpty();
		assertThat(trajectory.aftercareRecord().overdue(TODAY.plusYears(1))).isZero();
	}

	@Test
	void withdrawingTheCommissionInAftercareHandsTheTrajectoryBack() {
		Trajectory trajectory = inAftercare();
		assertThat(trajectory.handsOverOnWithdrawal()).isTrue();
		trajectory.withdrawCommission("De gemeente neemt het over", Subject.of("cd"), TODAY);
		assertThat(trajectory.phase()).as("a handover where one is still possible").isEqualTo(Phase.HANDOVER);
		assertThat(trajectory.handoverRecord().receiverKind()).isEqualTo(Handover.ReceiverKind.MUNICIPALITY);
		assertThat(trajectory.aftercareRecord().contacts()).as("no aftercare moments due any more").isEmpty();
		assertThat(trajectory.mayAccept(CaseRole.CASE_DIRECTOR, null)).isTrue();
		refused(() -> trajectory.withdrawCommission("Nog eens", Subject.of("cd"), TODAY), "phase",
				"overdracht loopt al");
		checkAll(trajectory);
		trajectory.acceptHandover(Subject.of("cd"), TODAY, TODAY);
		assertThat(trajectory.closureReason()).isEqualTo(Trajectory.HANDED_OVER);
		assertThat(trajectory.closureNote()).isEqualTo("De gemeente neemt het over");

		Trajectory inSupport = supportDone();
		assertThat(inSupport.handsOverOnWithdrawal()).isFalse();
		inSupport.withdrawCommission("De gemeente neemt het over", Subject.of("cd"), TODAY);
		assertThat(inSupport.phase()).as("before aftercare it ends at once").isEqualTo(Phase.CLOSED);
		assertThat(inSupport.closureReason()).isEqualTo(Trajectory.COMMISSION_WITHDRAWN);
	}

	@Test
	void theReceiverIsWhoAccepts() {
		UUID police = UUID.randomUUID();
		Trajectory toPartner = inAftercare();
		toPartner.startHandover(Handover.ReceiverKind.LOCAL_PARTNER, "Politie", police, null, Subject.of("w"), TODAY);
		assertThat(toPartner.mayAccept(CaseRole.CHAIN_PARTNER, police)).isTrue();
		assertThat(toPartner.mayAccept(CaseRole.CHAIN_PARTNER, UUID.randomUUID())).as("another organisation").isFalse();
		assertThat(toPartner.mayAccept(CaseRole.CASE_DIRECTOR, null)).as("the partner has accounts").isFalse();
		Trajectory toMunicipality = inAftercare();
		toMunicipality.startHandover(Handover.ReceiverKind.MUNICIPALITY, "Team Jeugd", null, null, Subject.of("w"),
				TODAY);
		assertThat(toMunicipality.mayAccept(CaseRole.CASE_DIRECTOR, null)).isTrue();
		assertThat(toMunicipality.mayAccept(CaseRole.CHAIN_PARTNER, police)).isFalse();
		Trajectory toNamedProvider = inAftercare();
		toNamedProvider.recordConsent(TrajectoryTests.PARENT, Consent.Capacity.SELF, null,
				Consent.Scope.SHARE_WITH_PARTNERS, TODAY, Subject.of("w"), TODAY);
		toNamedProvider.startHandover(Handover.ReceiverKind.LOCAL_PARTNER, "Huisarts", null, null, Subject.of("w"),
				TODAY);
		assertThat(toNamedProvider.mayAccept(CaseRole.CASE_DIRECTOR, null))
			.as("on behalf of a provider without account")
			.isTrue();
		assertThat(toPartner.allowedActions(CaseRole.CASE_DIRECTOR, Sight.MUNICIPALITY))
			.doesNotContain(TrajectoryAction.ACCEPT_HANDOVER);
	}

	@Test
	void theReceiverAcceptsACompleteChecklistAndTheTrajectoryCloses() {
		Trajectory trajectory = inHandover();
		trajectory.checkHandover(Handover.Item.WARM_HANDOVER_MEETING_HELD, TODAY, TODAY);
		refused(() -> trajectory.acceptHandover(Subject.of("cd"), TODAY, TODAY), "checklist", "FAMILY_INFORMED");
		refused(() -> trajectory.checkHandover(Handover.Item.FAMILY_INFORMED, TODAY.plusDays(1), TODAY), "checklist",
				"toekomst");
		refused(() -> trajectory.checkHandover(Handover.Item.FAMILY_INFORMED, TODAY.minusDays(1), TODAY), "checklist",
				"voor het begin");
		checkAll(trajectory);
		refused(() -> trajectory.acceptHandover(Subject.of("cd"), TODAY.plusDays(1), TODAY), "acceptedOn", "toekomst");
		trajectory.acceptHandover(Subject.of("cd"), TODAY, TODAY);
		assertThat(trajectory.handoverRecord().isComplete()).isTrue();
		assertThat(trajectory.phase()).isEqualTo(Phase.CLOSED);
		assertThat(trajectory.closureReason()).isEqualTo(Trajectory.HANDED_OVER);
		assertThat(trajectory.closedOn()).isEqualTo(TODAY);
		refused(() -> trajectory.acceptHandover(Subject.of("cd"), TODAY, TODAY), "phase", "lopende overdracht");
	}

	@Test
	void closingWithoutAHandoverNeedsTheReason() {
		Trajectory trajectory = inAftercare();
		refused(() -> trajectory.close(null, TODAY), "reason", "geaccepteerde overdracht");
		refused(() -> trajectory.close(" ", TODAY), "reason", "geaccepteerde overdracht");
		trajectory.close("Familie verhuisd naar het buitenland", TODAY);
		assertThat(trajectory.phase()).isEqualTo(Phase.CLOSED);
		assertThat(trajectory.closureReason()).isEqualTo(Trajectory.NO_HANDOVER_POSSIBLE);
		refused(() -> trajectory.close("Nog eens", TODAY), "phase", "afgesloten");
	}

	private static Aftercare agree(Trajectory trajectory, int standard, Integer frequency, String reason) {
		return trajectory.agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusMonths(3), standard, frequency, reason,
				null, Subject.of("w"), TODAY);
	}

	/** In SUPPORT with every help question done. */
	static Trajectory supportDone() {
		Trajectory trajectory = TrajectoryTests.inSupport();
		for (HelpQuestion question : trajectory.helpQuestions()) {
			trajectory.updateHelpQuestion(question.number(), HelpQuestion.Status.DONE, null);
		}
		return trajectory;
	}

	static Trajectory inAftercare() {
		Trajectory trajectory = supportDone();
		trajectory.agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusDays(90), 14, null, null, null, Subject.of("w"),
				TODAY);
		return trajectory;
	}

	static Trajectory inHandover() {
		Trajectory trajectory = inAftercare();
		trajectory.startHandover(Handover.ReceiverKind.MUNICIPALITY, "Team Veiligheid", null, null, Subject.of("w"),
				TODAY);
		return trajectory;
	}

	static void checkAll(Trajectory trajectory) {
		for (Handover.Item item : Handover.Item.values()) {
			trajectory.checkHandover(item, TODAY, TODAY);
		}
	}

}
