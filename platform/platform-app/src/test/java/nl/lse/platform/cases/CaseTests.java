package nl.lse.platform.cases;

import java.time.LocalDate;
import java.util.UUID;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a case guards itself. */
class CaseTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Test
	void severityIsOneToFour() {
		assertThatThrownBy(
				() -> new Case("GM0363-2026-0001", Severity.of(5), SupportLevel.LIGHT, Subject.of("cd"), TODAY))
			.isInstanceOfSatisfying(RuleViolation.class,
					(violation) -> assertThat(violation.field()).isEqualTo("severity"));
		Case kase = new Case("GM0363-2026-0001", Severity.of(4), SupportLevel.LIGHT, Subject.of("cd"), TODAY);
		assertThatThrownBy(() -> kase.reassess(Severity.of(0), SupportLevel.MEDIUM)).isInstanceOf(RuleViolation.class);
		kase.reassess(Severity.of(2), SupportLevel.INTENSIVE);
		assertThat(kase.severity()).isEqualTo(Severity.of(2));
	}

	@Test
	void theCaseDirectorClosesOnlyWithoutOpenLseWorkAndWithAReason() {
		Case kase = new Case("GM0363-2026-0001", Severity.of(2), SupportLevel.LIGHT, Subject.of("cd"), TODAY);
		kase.assignLseWorker(Subject.of("worker"), "Familieondersteuner", "Traject", TODAY);
		assertThatThrownBy(() -> kase.close("Klaar", true, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.getMessage()).contains("lopend werk"));
		assertThatThrownBy(() -> kase.close(" ", false, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.field()).isEqualTo("reason"));
		kase.close("Geen zorgen meer", false, TODAY);
		assertThat(kase.status()).isEqualTo(Case.Status.CLOSED);
		assertThat(kase.closureReason()).isEqualTo("Geen zorgen meer");
		assertThat(kase.hasLseWorker(Subject.of("worker"))).as("LSE leaves a closed case").isFalse();
		assertThatThrownBy(() -> kase.close("Nog eens", false, TODAY)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void withdrawnConsentEndsOnlyTheMembershipsThatRestOnIt() {
		Case kase = new Case("GM0363-2026-0001", Severity.of(2), SupportLevel.LIGHT, Subject.of("cd"), TODAY);
		UUID youthCare = UUID.randomUUID();
		UUID safetyHouse = UUID.randomUUID();
		kase.addMember(CaseMember.Kind.CHAIN_PARTNER, CaseMember.Basis.CONSENT, null, youthCare, "Jeugdzorg",
				"Ouders stemden in", TODAY, TODAY);
		kase.addMember(CaseMember.Kind.CHAIN_PARTNER, CaseMember.Basis.COVENANT, null, safetyHouse, "ZVH", "Convenant",
				TODAY, TODAY);
		kase.addMember(CaseMember.Kind.MUNICIPALITY_STAFF, CaseMember.Basis.LEGAL_TASK, Subject.of("staff"), null,
				"Collega", "Wijkteam", TODAY, TODAY);
		assertThat(kase.endConsentBased(TODAY, "Toestemming ingetrokken")).hasSize(1);
		assertThat(kase.hasPartnerOrganisation(youthCare)).isFalse();
		assertThat(kase.hasPartnerOrganisation(safetyHouse)).isTrue();
		assertThat(kase.hasStaff(Subject.of("staff"))).isTrue();
		assertThat(kase.status()).as("the case is the municipality's").isEqualTo(Case.Status.OPEN);
	}

	@Test
	void aClosedCaseIsReopenedWithAReason() {
		Case kase = new Case("GM0363-2026-0001", Severity.of(2), SupportLevel.LIGHT, Subject.of("cd"), TODAY);
		assertThatThrownBy(() -> kase.reopen("Nieuw signaal")).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.getMessage()).contains("open"));
		kase.close("Geen zorgen meer", false, TODAY);
		assertThatThrownBy(() -> kase.reopen(" ")).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.field()).isEqualTo("reason"));
		kase.reopen("Nieuw signaal van school");
		assertThat(kase.status()).isEqualTo(Case.Status.OPEN);
		assertThat(kase.closedOn()).isNull();
		assertThat(kase.closureReason()).isNull();
	}

	@Test
	void oneCaseIsAboutOnePersonOfConcern() {
		Case kase = new Case("GM0363-2026-0001", Severity.of(2), SupportLevel.LIGHT, Subject.of("cd"), TODAY);
		kase.addPerson(PersonRole.PERSON_OF_CONCERN, "Jongere", 2008, null, Visibility.TEAM);
		kase.addPerson(PersonRole.PARENT, "Moeder", 1978, null, Visibility.TEAM);
		assertThatThrownBy(() -> kase.addPerson(PersonRole.PERSON_OF_CONCERN, "Ander", 2009, null, Visibility.TEAM))
			.isInstanceOfSatisfying(RuleViolation.class,
					(violation) -> assertThat(violation.field()).isEqualTo("role"));
	}

	@Test
	void aMemberJoinsFromTodayOrEarlierAndNeedsAReason() {
		Case kase = new Case("GM0363-2026-0001", Severity.of(2), SupportLevel.LIGHT, Subject.of("cd"), TODAY);
		LocalDate tomorrow = TODAY.plusDays(1);
		assertThatThrownBy(() -> kase.addMember(CaseMember.Kind.MUNICIPALITY_STAFF, CaseMember.Basis.LEGAL_TASK,
				Subject.of("staff"), null, "Collega", "Reden", tomorrow, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class,
					(violation) -> assertThat(violation.field()).isEqualTo("startDate"));
		assertThatThrownBy(() -> kase.addMember(CaseMember.Kind.MUNICIPALITY_STAFF, CaseMember.Basis.LEGAL_TASK,
				Subject.of("staff"), null, "Collega", " ", TODAY, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class,
					(violation) -> assertThat(violation.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> kase.addMember(CaseMember.Kind.CHAIN_PARTNER, CaseMember.Basis.COVENANT, null, null,
				"Wijkagent", "Reden", TODAY, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class,
					(violation) -> assertThat(violation.field()).isEqualTo("partnerOrganisationId"));
		CaseMember staff = kase.addMember(CaseMember.Kind.MUNICIPALITY_STAFF, CaseMember.Basis.LEGAL_TASK,
				Subject.of("staff"), null, "Collega", "Reden", TODAY, TODAY);
		assertThat(kase.hasStaff(Subject.of("staff"))).isTrue();
		kase.endMember(staff.id(), TODAY, "Klaar");
		assertThat(kase.hasStaff(Subject.of("staff"))).isFalse();
	}

	@Test
	void anLseWorkerIsOnTheTeamOnce() {
		Case kase = new Case("GM0363-2026-0001", Severity.of(2), SupportLevel.LIGHT, Subject.of("cd"), TODAY);
		kase.assignLseWorker(Subject.of("worker"), "Adviseur", "Consultatie", TODAY);
		kase.assignLseWorker(Subject.of("worker"), "Familieondersteuner", "Traject", TODAY);
		assertThat(kase.members()).hasSize(1);
		assertThat(kase.hasLseWorker(Subject.of("worker"))).isTrue();
		assertThat(kase.hasLseWorker(Subject.of("other"))).isFalse();
	}

}
