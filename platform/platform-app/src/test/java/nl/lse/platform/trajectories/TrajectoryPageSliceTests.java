package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.cases.Case;
import nl.lse.platform.cases.CaseFixture;
import nl.lse.platform.cases.CaseService;
import nl.lse.platform.cases.PersonRole;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.staff.LseStaff;
import nl.lse.platform.web.PageSlice;
import nl.lse.platform.web.PageSliceTest;
import nl.lse.platform.web.SliceCaller;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
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
 * The trajectory page rendered from its template with the services mocked: the step
 * buttons and forms are exactly the actions the service allows, a chain partner sees no
 * consents, a trajectory the caller may not know of is the Dutch not-found page, and a
 * refused step is the not-allowed page or the page again with the rule.
 */
@PageSlice(TrajectoryPageController.class)
class TrajectoryPageSliceTests extends PageSliceTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@MockitoBean
	TrajectoryService trajectories;

	@MockitoBean
	CaseService cases;

	final Case kase = CaseFixture.open("GM0363-2026-0001", TODAY);

	Trajectory trajectory;

	String address;

	@BeforeEach
	void referredAndAssigned() {
		this.kase.addPerson(PersonRole.PARENT, "Ouder Jansen", 1980, null, Visibility.MUNICIPALITY_AND_LSE);
		this.trajectory = new Trajectory(this.kase.id(), TrajectoryKind.FAMILY_SUPPORT, false, Subject.of("cd-1"),
				TODAY);
		this.trajectory.assign(Subject.of("lse-1"));
		this.trajectory.recordConsent(new Consent.About(UUID.randomUUID(), PersonRole.PARENT, 1980),
				Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY, Subject.of("lse-1"), TODAY);
		this.address = "/t/gm0363/trajecten/" + this.trajectory.id();
		given(this.trajectories.contacts(eq(this.trajectory.id()), anyInt(), anyInt(), any())).willReturn(Page.empty());
		given(this.staff.nameOf(Subject.of("lse-1"))).willReturn(Optional.of("Lotte de Vries"));
	}

	private void seenAs(Sight sight, TrajectoryAction... allowed) {
		given(this.trajectories.read(eq(this.trajectory.id()), any())).willReturn(new Seen<>(this.trajectory, sight));
		given(this.cases.read(eq(this.kase.id()), any())).willReturn(new Seen<>(this.kase, sight));
		given(this.trajectories.allowedActions(any(), any())).willReturn(Set.of(allowed));
	}

	@Test
	void theLseWorkerIsOfferedExactlyTheAllowedSteps() throws Exception {
		seenAs(Sight.LSE, TrajectoryAction.START_INTAKE, TrajectoryAction.LOG_CONTACT, TrajectoryAction.RECORD_CONSENT);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(heading("Familiebegeleiding in casus GM0363-2026-0001"))
				.andExpect(content().string(containsString("Intake starten")))
				.andExpect(content().string(containsString("Lotte de Vries")))
				.andExpect(content().string(containsString("id=\"toestemming\"")))
				.andExpect(postsExactlyTo(this.address + "/stap", this.address + "/contact",
						this.address + "/toestemming"));
		}
	}

	@Test
	void theCaseDirectorIsOfferedTheLeadsActionsWithTheWorkersByName() throws Exception {
		seenAs(Sight.MUNICIPALITY, TrajectoryAction.ASSIGN, TrajectoryAction.WITHDRAW_COMMISSION,
				TrajectoryAction.CLOSE);
		given(this.staff.workers()).willReturn(List.of(new LseStaff.Worker("lse-2", "Sven Bakker")));
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<option value=\"lse-2\">Sven Bakker</option>")))
				.andExpect(content().string(not(containsString("Intake starten"))))
				.andExpect(postsExactlyTo(this.address + "/medewerker", this.address + "/opdrachtintrekking",
						this.address + "/afsluiting"));
		}
	}

	@Test
	void aChainPartnerSeesNoConsentsAndIsOfferedNothing() throws Exception {
		seenAs(Sight.TEAM);
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(heading("Familiebegeleiding in casus GM0363-2026-0001"))
				.andExpect(content().string(not(containsString("id=\"toestemming\""))))
				.andExpect(content().string(not(containsString("Ouder Jansen"))))
				.andExpect(postsExactlyTo());
		}
	}

	@Test
	void aTrajectoryTheCallerMayNotKnowOfIsTheDutchNotFoundPage() throws Exception {
		UUID other = UUID.randomUUID();
		AuditEvent denial = AuditEvent.denied(AuditObject.TRAJECTORY, other);
		given(this.trajectories.read(eq(other), any())).willThrow(new NotFound(denial));
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-2", LseRole.CHAIN_PARTNER)) {
			this.mvc.perform(get("/t/gm0363/trajecten/{id}/contact", other))
				.andExpect(status().isNotFound())
				.andExpect(errorPage("Niet gevonden"));
		}
		verify(this.denials).record(denial);
	}

	@Test
	void anIntakeByTheCaseDirectorIsTheDutchNotAllowedPage() throws Exception {
		AuditEvent refusal = AuditEvent.refused(AuditObject.TRAJECTORY, this.trajectory.id(), this.kase.id());
		given(this.trajectories.startIntake(eq(this.trajectory.id()), anyLong(), any()))
			.willThrow(new NotAllowed("Dit is het werk van de LSE-medewerker op de casus.", refusal));
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(post(this.address + "/stap").param("step", "intake").param("version", "0"))
				.andExpect(status().isForbidden())
				.andExpect(errorPage("Niet toegestaan"));
		}
		verify(this.denials).record(refusal);
	}

	@Test
	void theIntakeGoesBackToThePageWithItsConfirmation() throws Exception {
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(post(this.address + "/stap").param("step", "intake").param("version", "0"))
				.andExpect(redirectedUrl(this.address))
				.andExpect(flash().attribute("saved", "trajectory.saved"));
		}
		verify(this.trajectories).startIntake(eq(this.trajectory.id()), eq(0L), any());
	}

	@Test
	void supportWithoutAPlannedEndComesBackWithTheRuleAndNeverReachesTheService() throws Exception {
		seenAs(Sight.LSE, TrajectoryAction.START_SUPPORT);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(post(this.address + "/stap").param("step", "support").param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Vul in wanneer de begeleiding naar verwachting eindigt.")))
				.andExpect(postsExactlyTo(this.address + "/stap"));
		}
		verify(this.trajectories, never()).startSupport(any(), anyLong(), any(), any());
	}

	@Test
	void anUnknownStepNeverReachesTheService() throws Exception {
		seenAs(Sight.LSE, TrajectoryAction.START_INTAKE);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(post(this.address + "/stap").param("step", "close").param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(heading("Familiebegeleiding in casus GM0363-2026-0001"));
		}
		verify(this.trajectories, never()).startSupport(any(), anyLong(), any(), any());
		verify(this.trajectories, never()).startIntake(any(), anyLong(), any());
	}

}
