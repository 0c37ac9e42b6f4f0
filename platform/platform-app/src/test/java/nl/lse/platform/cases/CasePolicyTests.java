package nl.lse.platform.cases;

import java.time.LocalDate;
import java.util.UUID;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Need-to-know without Spring or a database: each rule of {@link CasePolicy#sight} with
 * one caller it lets in and one it keeps out (docs/access.md).
 */
class CasePolicyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	static final UUID YOUTH_CARE = UUID.randomUUID();

	static final UUID POLICE = UUID.randomUUID();

	final Case kase = new Case("GM0363-2026-0001", Severity.of(2), SupportLevel.LIGHT, Subject.of("cd"), TODAY);

	@Test
	void theCaseDirectorSeesEveryCaseOfTheMunicipality() {
		assertThat(CasePolicy.sight(this.kase, director("cd-2"), null)).isEqualTo(Sight.MUNICIPALITY);
		assertThat(CasePolicy.sight(this.kase, staff("cd-2"), null)).as("the same person as staff, not on the case")
			.isEqualTo(Sight.NONE);
	}

	@Test
	void municipalityStaffSeeTheCasesTheyAreOn() {
		this.kase.addMember(CaseMember.Kind.MUNICIPALITY_STAFF, CaseMember.Basis.LEGAL_TASK, Subject.of("staff-1"),
				null, "Wijkteam", "Betrokken", TODAY, TODAY);
		assertThat(CasePolicy.sight(this.kase, staff("staff-1"), null)).isEqualTo(Sight.MUNICIPALITY);
		assertThat(CasePolicy.sight(this.kase, staff("staff-2"), null)).isEqualTo(Sight.NONE);
	}

	@Test
	void aChainPartnerSeesTeamRecordsOfCasesItsOrganisationIsOn() {
		this.kase.addMember(CaseMember.Kind.CHAIN_PARTNER, CaseMember.Basis.COVENANT, null, YOUTH_CARE, "Jeugdzorg",
				"Convenant", TODAY, TODAY);
		assertThat(CasePolicy.sight(this.kase, partner("jz-1"), YOUTH_CARE)).isEqualTo(Sight.TEAM);
		assertThat(CasePolicy.sight(this.kase, partner("po-1"), POLICE)).isEqualTo(Sight.NONE);
		assertThat(CasePolicy.sight(this.kase, partner("jz-2"), null)).as("not affiliated in this municipality today")
			.isEqualTo(Sight.NONE);
	}

	@Test
	void aChainPartnerLosesSightWhenTheMembershipEnds() {
		this.kase.addMember(CaseMember.Kind.CHAIN_PARTNER, CaseMember.Basis.CONSENT, null, YOUTH_CARE, "Jeugdzorg",
				"Ouders stemden in", TODAY, TODAY);
		this.kase.endConsentBased(TODAY, "Toestemming ingetrokken");
		assertThat(CasePolicy.sight(this.kase, partner("jz-1"), YOUTH_CARE)).isEqualTo(Sight.NONE);
	}

	@Test
	void anLseWorkerSeesTheCasesTheyAreOn() {
		this.kase.assignLseWorker(Subject.of("lse-1"), "Familieondersteuner", "Toegewezen", TODAY);
		assertThat(CasePolicy.sight(this.kase, lseWorker("lse-1"), null)).isEqualTo(Sight.LSE);
		assertThat(CasePolicy.sight(this.kase, lseWorker("lse-2"), null)).isEqualTo(Sight.NONE);
	}

	@Test
	void aConsultationsAdviserSeesOnlyTheMetadataAndOnlyWhileAdvising() {
		this.kase.assignAdviser(Subject.of("lse-3"), "Consultatie", TODAY);
		assertThat(CasePolicy.sight(this.kase, lseWorker("lse-3"), null)).isEqualTo(Sight.METADATA);
		this.kase.endAdviser(Subject.of("lse-3"), TODAY, "Consultatie gesloten");
		assertThat(CasePolicy.sight(this.kase, lseWorker("lse-3"), null)).isEqualTo(Sight.NONE);
	}

	@Test
	void theLseCoordinatorKnowsOnlyCasesWithLseWork() {
		Caller coordinator = new Caller(Subject.of("co-1"), "Coördinator", false, false, false, false, true);
		assertThat(CasePolicy.sight(this.kase, coordinator, null)).isEqualTo(Sight.NONE);
		this.kase.markLseWork();
		assertThat(CasePolicy.sight(this.kase, coordinator, null)).isEqualTo(Sight.METADATA);
	}

	@Test
	void nobodyElse() {
		assertThat(CasePolicy.sight(this.kase, new Caller(Subject.of("x"), "Iemand", false, false, false, false, false),
				null))
			.isEqualTo(Sight.NONE);
	}

	static Caller director(String subject) {
		return new Caller(Subject.of(subject), "Casusregie", true, false, false, false, false);
	}

	static Caller staff(String subject) {
		return new Caller(Subject.of(subject), "Medewerker", false, true, false, false, false);
	}

	static Caller partner(String subject) {
		return new Caller(Subject.of(subject), "Ketenpartner", false, false, true, false, false);
	}

	static Caller lseWorker(String subject) {
		return new Caller(Subject.of(subject), "LSE", false, false, false, true, false);
	}

}
