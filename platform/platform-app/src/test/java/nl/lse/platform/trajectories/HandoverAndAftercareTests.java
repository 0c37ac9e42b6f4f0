package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.Map;

import nl.lse.platform.cases.SupportLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static nl.lse.platform.trajectories.TrajectoryTests.TODAY;
import static nl.lse.platform.trajectories.TrajectoryTests.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Handover, aftercare and closing: every rule, allowed and refused. */
class HandoverAndAftercareTests {

	static final AftercareFrequencies FREQUENCIES = new AftercareFrequencies(Map.of());

	@Test
	void handoverFollowsSupport() {
		refused(() -> TrajectoryTests.inPlanning()
			.startHandover(Handover.ReceiverKind.MUNICIPALITY, "Team Jeugd", null, null, "cd", TODAY), "phase",
				"volgt op de begeleiding");
		Trajectory trajectory = TrajectoryTests.inSupport();
		refused(() -> trajectory.startHandover(Handover.ReceiverKind.LOCAL_PARTNER, " ", null, null, "cd", TODAY),
				"receiver", "aan wie");
		trajectory.startHandover(Handover.ReceiverKind.LOCAL_PARTNER, "Buurtteam Oost", null, null, "cd", TODAY);
		assertThat(trajectory.phase()).isEqualTo(Phase.HANDOVER);
	}

	@Test
	void theReceiverAcceptsOnlyACompleteChecklist() {
		Trajectory trajectory = inHandover();
		trajectory.checkHandover(Handover.Item.WARM_HANDOVER_MEETING_HELD, TODAY, TODAY);
		refused(() -> trajectory.acceptHandover("cd", TODAY, TODAY), "checklist", "FAMILY_INFORMED");
		refused(() -> trajectory.checkHandover(Handover.Item.FAMILY_INFORMED, TODAY.plusDays(1), TODAY), "checklist",
				"toekomst");
		refused(() -> trajectory.checkHandover(Handover.Item.FAMILY_INFORMED, TODAY.minusDays(1), TODAY), "checklist",
				"voor het begin");
		checkAll(trajectory);
		refused(() -> trajectory.acceptHandover("cd", TODAY.plusDays(1), TODAY), "acceptedOn", "toekomst");
		trajectory.acceptHandover("cd", TODAY, TODAY);
		assertThat(trajectory.handoverRecord().isComplete()).isTrue();
		refused(() -> trajectory.acceptHandover("cd", TODAY, TODAY), "handover", "al geaccepteerd");
	}

	@Test
	void aftercareNeedsAnAcceptedHandover() {
		Trajectory trajectory = inHandover();
		refused(() -> trajectory.agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusMonths(6), 28, null, null, null,
				"cd", TODAY), "handover", "geaccepteerd");
		refused(() -> TrajectoryTests.inSupport()
			.agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusMonths(6), 28, null, null, null, "cd", TODAY), "phase",
				"na de overdracht");
	}

	@ParameterizedTest(name = "severity {0}, {1}: every {2} days")
	@CsvSource({ "1, LIGHT, 90", "1, MEDIUM, 60", "1, INTENSIVE, 42", "2, LIGHT, 60", "2, MEDIUM, 42",
			"2, INTENSIVE, 28", "3, LIGHT, 42", "3, MEDIUM, 28", "3, INTENSIVE, 14", "4, LIGHT, 28", "4, MEDIUM, 14",
			"4, INTENSIVE, 7" })
	void aftercareIsScheduledFromTheSeverityAndSupportLevel(int severity, SupportLevel level, int days) {
		int standard = FREQUENCIES.daysBetweenContacts(severity, level);
		assertThat(standard).isEqualTo(days);
		Trajectory trajectory = accepted();
		LocalDate endsOn = TODAY.plusDays(180);
		Aftercare aftercare = trajectory.agreeAftercare(Contact.Kind.HOME_VISIT, null, endsOn, standard, null, null,
				"Buurtteam", "cd", TODAY);
		assertThat(trajectory.phase()).isEqualTo(Phase.AFTERCARE);
		assertThat(aftercare.frequencyDays()).isEqualTo(days);
		assertThat(aftercare.contacts()).hasSize(180 / days);
		assertThat(aftercare.contacts().get(0).dueOn()).isEqualTo(TODAY.plusDays(days));
		assertThat(aftercare.contacts()).allSatisfy((contact) -> assertThat(contact.dueOn()).isBeforeOrEqualTo(endsOn));
	}

	@Test
	void theFrequencyTableIsConfigurable() {
		assertThat(new AftercareFrequencies(Map.of("3-MEDIUM", 21)).daysBetweenContacts(3, SupportLevel.MEDIUM))
			.isEqualTo(21);
	}

	@Test
	void anotherFrequencyThanTheDefaultNeedsAReason() {
		refused(() -> accepted().agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusMonths(3), 28, 7, null, null, "cd",
				TODAY), "frequencyReason", "28 dagen");
		Aftercare aftercare = accepted().agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusMonths(3), 28, 7,
				"Spanning in het gezin", null, "cd", TODAY);
		assertThat(aftercare.frequencyDays()).isEqualTo(7);
		refused(() -> accepted().agreeAftercare(Contact.Kind.PHONE, null, TODAY, 28, null, null, null, "cd", TODAY),
				"endsOn", "na de start");
		refused(() -> accepted().agreeAftercare(Contact.Kind.PEER_CONTACT_MEETING, null, TODAY.plusMonths(3), 28, null,
				null, null, "cd", TODAY), "contactKind", "lotgenoten");
	}

	@Test
	void aftercareMayHaveBeenAgreedEarlierButNotBeforeTheHandover() {
		refused(() -> accepted().agreeAftercare(Contact.Kind.PHONE, TODAY.minusDays(1), TODAY.plusMonths(3), 28, null,
				null, null, "cd", TODAY), "startsOn", "acceptatie");
		refused(() -> accepted().agreeAftercare(Contact.Kind.PHONE, TODAY.plusDays(1), TODAY.plusMonths(3), 28, null,
				null, null, "cd", TODAY), "startsOn", "toekomst");
	}

	@Test
	void overdueContactsAreFlaggedOnAFixedDay() {
		Trajectory trajectory = accepted();
		Aftercare aftercare = trajectory.agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusDays(90), 14, null, null,
				null, "cd", TODAY);
		assertThat(aftercare.overdue(TODAY.plusDays(14))).isZero();
		assertThat(aftercare.overdue(TODAY.plusDays(15))).isOne();
		assertThat(aftercare.overdue(TODAY.plusDays(29))).isEqualTo(2);
		trajectory.recordAftercareContact(TODAY, "cd", TODAY.plusDays(29));
		assertThat(aftercare.overdue(TODAY.plusDays(29))).isOne();
		refused(() -> trajectory.recordAftercareContact(TODAY.plusDays(2), "cd", TODAY.plusDays(1)), "contactOn",
				"toekomst");
	}

	@Test
	void closingWithoutAHandoverNeedsTheReason() {
		Trajectory trajectory = TrajectoryTests.inSupport();
		refused(() -> trajectory.close(null, TODAY), "reason", "voltooide overdracht");
		refused(() -> trajectory.close(" ", TODAY), "reason", "voltooide overdracht");
		trajectory.close("Familie verhuisd naar het buitenland", TODAY);
		assertThat(trajectory.phase()).isEqualTo(Phase.CLOSED);
		assertThat(trajectory.closureReason()).isEqualTo(Trajectory.NO_HANDOVER_POSSIBLE);
		refused(() -> trajectory.close("Nog eens", TODAY), "phase", "afgesloten");
	}

	@Test
	void completedAftercareClosesTheTrajectory() {
		Trajectory trajectory = accepted();
		trajectory.agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusDays(30), 14, null, null, null, "cd", TODAY);
		trajectory.recordAftercareContact(TODAY, "cd", TODAY);
		trajectory.recordAftercareContact(TODAY, "cd", TODAY);
		refused(() -> trajectory.recordAftercareContact(TODAY, "cd", TODAY), "contactOn", "geen nazorgcontact");
		trajectory.close(null, TODAY);
		assertThat(trajectory.closureReason()).isEqualTo(Trajectory.AFTERCARE_COMPLETED);
	}

	@Test
	void endingAftercareEarlyNeedsAReason() {
		Trajectory trajectory = accepted();
		trajectory.agreeAftercare(Contact.Kind.PHONE, null, TODAY.plusDays(90), 14, null, null, null, "cd", TODAY);
		refused(() -> trajectory.close(null, TODAY.plusDays(20)), "reason", "nog niet voltooid");
		trajectory.close("Familie wil geen contact meer", TODAY.plusDays(20));
		assertThat(trajectory.closureReason()).isEqualTo(Trajectory.AFTERCARE_ENDED);
	}

	static Trajectory inHandover() {
		Trajectory trajectory = TrajectoryTests.inSupport();
		trajectory.startHandover(Handover.ReceiverKind.MUNICIPALITY, "Team Veiligheid", null, null, "cd", TODAY);
		return trajectory;
	}

	static Trajectory accepted() {
		Trajectory trajectory = inHandover();
		checkAll(trajectory);
		trajectory.acceptHandover("cd", TODAY, TODAY);
		return trajectory;
	}

	static void checkAll(Trajectory trajectory) {
		for (Handover.Item item : Handover.Item.values()) {
			trajectory.checkHandover(item, TODAY, TODAY);
		}
	}

}
