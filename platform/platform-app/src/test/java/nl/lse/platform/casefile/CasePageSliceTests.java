package nl.lse.platform.casefile;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.cases.TeamNotices;
import nl.lse.platform.cases.Case;
import nl.lse.platform.cases.CaseAction;
import nl.lse.platform.cases.CaseFixture;
import nl.lse.platform.cases.CaseMember;
import nl.lse.platform.cases.CaseService;
import nl.lse.platform.cases.PersonRole;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.trajectories.TrajectoryKind;
import nl.lse.platform.trajectories.TrajectoryService;
import nl.lse.platform.web.PageSlice;
import nl.lse.platform.web.PageSliceTest;
import nl.lse.platform.web.SliceCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case page rendered from its template with the services mocked (the page is gathered
 * by the real {@link CaseFiles}): the forms are exactly the case actions the service
 * allows, each sight shows only its records, a case the caller may not know of is the
 * Dutch not-found page, and a refused form is the not-allowed page or the page again.
 */
@PageSlice(CasePageController.class)
@Import(CaseFiles.class)
class CasePageSliceTests extends PageSliceTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@MockitoBean
	CaseService cases;

	@MockitoBean
	TrajectoryService trajectories;

	@MockitoBean
	TeamNotices notices;

	final Case kase = CaseFixture.open("GM0363-2026-0001", TODAY);

	CaseMember partner;

	String address;

	@BeforeEach
	void aCaseWithATeam() {
		this.kase.addPerson(PersonRole.PERSON_OF_CONCERN, "Sam Jansen", 2008, null, Visibility.MUNICIPALITY_AND_LSE);
		this.kase.addPerson(PersonRole.PARENT, "Ouder Jansen", 1980, null, Visibility.TEAM);
		this.partner = this.kase.addMember(CaseMember.Kind.CHAIN_PARTNER, CaseMember.Basis.COVENANT, null,
				UUID.randomUUID(), "Jeugdzorg", "Convenant", TODAY, TODAY);
		this.address = "/t/gm0363/casussen/" + this.kase.id();
		given(this.trajectories.list(eq(this.kase.id()), anyInt(), anyInt(), any())).willReturn(Page.empty());
	}

	private void seenAs(Sight sight, CaseAction... allowed) {
		given(this.cases.read(eq(this.kase.id()), any())).willReturn(new Seen<>(this.kase, sight));
		given(this.cases.allowedActions(any(), any())).willReturn(Set.of(allowed));
	}

	@Test
	void theCaseDirectorIsOfferedExactlyTheAllowedForms() throws Exception {
		seenAs(Sight.MUNICIPALITY, CaseAction.REASSESS, CaseAction.ADD_PERSON, CaseAction.END_MEMBER);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(heading("Casus GM0363-2026-0001"))
				.andExpect(content().string(containsString("Sam Jansen")))
				.andExpect(postsExactlyTo(this.address + "/beoordeling", this.address + "/betrokkenen",
						this.address + "/team/" + this.partner.id() + "/einde"));
		}
	}

	@Test
	void theCaseDirectorIsToldWhyAnOpenCaseCannotClose() throws Exception {
		seenAs(Sight.MUNICIPALITY, CaseAction.REASSESS, CaseAction.CLOSE);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get(this.address))
				.andExpect(postsExactlyTo(this.address + "/beoordeling", this.address + "/sluiten"));
		}
		seenAs(Sight.MUNICIPALITY, CaseAction.REASSESS);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get(this.address))
				.andExpect(content().string(containsString("Het LSE heeft nog lopend werk")))
				.andExpect(postsExactlyTo(this.address + "/beoordeling"));
		}
	}

	@Test
	void aChainPartnerSeesTheTeamRecordsOnlyAndIsOfferedNothing() throws Exception {
		seenAs(Sight.TEAM);
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ouder Jansen")))
				.andExpect(content().string(not(containsString("Sam Jansen"))))
				.andExpect(postsExactlyTo());
		}
	}

	@Test
	void theCoordinatorSeesTheMetadataWithoutPersonsOrTeam() throws Exception {
		seenAs(Sight.METADATA);
		try (SliceCaller coordinator = SliceCaller.lseCoordinator("gm0363", "co-1")) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(heading("Casus GM0363-2026-0001"))
				.andExpect(content().string(not(containsString("Jansen"))))
				.andExpect(content().string(not(containsString("Jeugdzorg"))))
				.andExpect(postsExactlyTo());
		}
	}

	@Test
	void aCaseTheCallerMayNotKnowOfIsTheDutchNotFoundPageAtEveryFormAddress() throws Exception {
		UUID other = UUID.randomUUID();
		AuditEvent denial = AuditEvent.denied(AuditObject.CASE, other);
		given(this.cases.read(eq(other), any())).willThrow(new NotFound(denial));
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get("/t/gm0363/casussen/{id}", other))
				.andExpect(status().isNotFound())
				.andExpect(errorPage("Niet gevonden"));
			this.mvc.perform(get("/t/gm0363/casussen/{id}/beoordeling", other))
				.andExpect(status().isNotFound())
				.andExpect(errorPage("Niet gevonden"));
		}
	}

	@Test
	void aReassessmentByAnotherThanTheCaseDirectorIsTheDutchNotAllowedPage() throws Exception {
		AuditEvent refusal = AuditEvent.refused(AuditObject.CASE, this.kase.id(), this.kase.id());
		given(this.cases.reassess(eq(this.kase.id()), anyLong(), any(), any(), any()))
			.willThrow(new NotAllowed("Alleen de casusregiehouder mag dit doen.", refusal));
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc
				.perform(post(this.address + "/beoordeling").param("severity", "3")
					.param("supportLevel", "MEDIUM")
					.param("version", "0"))
				.andExpect(status().isForbidden())
				.andExpect(errorPage("Niet toegestaan"));
		}
		verify(this.denials).record(refusal);
	}

	@Test
	void aReassessmentOfAnOldVersionComesBackOnThePageWithTheCurrentVersion() throws Exception {
		seenAs(Sight.MUNICIPALITY, CaseAction.REASSESS);
		given(this.cases.reassess(eq(this.kase.id()), anyLong(), any(), any(), any())).willThrow(new StaleVersion());
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post(this.address + "/beoordeling").param("severity", "4")
					.param("supportLevel", "INTENSIVE")
					.param("version", "5"))
				.andExpect(status().isOk())
				.andExpect(heading("Casus GM0363-2026-0001"))
				.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")))
				.andExpect(content().string(not(containsString("name=\"version\" value=\"5\""))));
		}
	}

	@Test
	void aReferralGoesBackToTheCaseWithItsConfirmation() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post(this.address + "/trajecten").param("kind", "FAMILY_SUPPORT").param("_selfReferral", "on"))
				.andExpect(redirectedUrl(this.address))
				.andExpect(flash().attribute("saved", "case.referred"));
		}
		verify(this.trajectories).refer(eq(this.kase.id()), eq(TrajectoryKind.FAMILY_SUPPORT), eq(false), any(), any());
	}

	@Test
	void endingAMembershipWithoutAReasonNeverReachesTheService() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(post(this.address + "/team/" + this.partner.id() + "/einde").param("reason", " "))
				.andExpect(redirectedUrl(this.address + "#team"))
				.andExpect(flash().attribute("endError", "case.member.endReason.required"));
		}
		verify(this.cases, never()).endMember(any(), any(), any(), anyString(), any());
	}

	@Test
	void aReferralWithoutAKindNeverReachesTheService() throws Exception {
		seenAs(Sight.MUNICIPALITY, CaseAction.REFER);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(post(this.address + "/trajecten").param("kind", "").param("_selfReferral", "on"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"referral-kind-fout\"")));
		}
		verify(this.trajectories, never()).refer(any(), any(), anyBoolean(), any(), any());
	}

}
