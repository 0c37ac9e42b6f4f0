package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.cases.PersonRole;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.CaseRole;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.web.ApiSlice;
import nl.lse.platform.web.ApiSliceTest;
import nl.lse.platform.web.SliceCaller;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trajectory API's web layer alone: what each sight shows of a trajectory, that the
 * next steps offered are the trajectory's own, and how each refusal is answered. The
 * rules themselves: {@link TrajectoryTests}, {@link TrajectoryActionsTests}; against the
 * real app: {@link TrajectoryOffersIntegrationTests} and the authorization matrix.
 */
@ApiSlice(TrajectoryController.class)
class TrajectoryApiSliceTests extends ApiSliceTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@MockitoBean
	TrajectoryService trajectories;

	final Trajectory trajectory = new Trajectory(UUID.randomUUID(), TrajectoryKind.FAMILY_SUPPORT, false,
			Subject.of("cd-1"), TODAY);

	@BeforeEach
	void referredWithConsent() {
		this.trajectory.assign(Subject.of("lse-1"));
		this.trajectory.recordConsent(new Consent.About(UUID.randomUUID(), PersonRole.PARENT, 1980),
				Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY, Subject.of("lse-1"), TODAY);
		// the service answers as the trajectory itself does
		given(this.trajectories.allowedActions(any(), any())).willAnswer((call) -> {
			Seen<Trajectory> seen = call.getArgument(0);
			Caller caller = call.getArgument(1);
			return seen.item().allowedActions(CaseRole.of(caller, seen.sight()), seen.sight());
		});
	}

	@Test
	void theLseWorkerSeesTheConsentsAndIsOfferedTheIntake() throws Exception {
		given(this.trajectories.read(eq(this.trajectory.id()), any()))
			.willReturn(new Seen<>(this.trajectory, Sight.LSE));
		try (SliceCaller caller = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/trajectories/{id}", this.trajectory.id()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.consents", hasSize(1)))
				.andExpect(jsonPath("$.allowedActions", hasItem("START_INTAKE")));
		}
	}

	@Test
	void aChainPartnerSeesNoConsentsAndIsOfferedNoStepOfLse() throws Exception {
		given(this.trajectories.read(eq(this.trajectory.id()), any()))
			.willReturn(new Seen<>(this.trajectory, Sight.TEAM));
		try (SliceCaller caller = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/trajectories/{id}", this.trajectory.id()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.consents", empty()))
				.andExpect(jsonPath("$.allowedActions", not(hasItem("START_INTAKE"))));
		}
	}

	@Test
	void aTrajectoryTheCallerMayNotKnowOfIsA404() throws Exception {
		UUID other = UUID.randomUUID();
		AuditEvent denial = AuditEvent.denied(AuditObject.TRAJECTORY, other);
		given(this.trajectories.read(eq(other), any())).willThrow(new NotFound(denial));
		try (SliceCaller caller = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/trajectories/{id}", other)).andExpect(status().isNotFound());
		}
		verify(this.denials).record(denial);
	}

	@Test
	void lseWorkByTheCaseDirectorIsA403() throws Exception {
		given(this.trajectories.startIntake(eq(this.trajectory.id()), anyLong(), any()))
			.willThrow(new NotAllowed("Alleen de LSE-medewerker van dit traject doet dit.",
					AuditEvent.refused(AuditObject.TRAJECTORY, this.trajectory.id(), this.trajectory.caseId())));
		try (SliceCaller caller = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/trajectories/{id}/intake", this.trajectory.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":0}"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("Alleen de LSE-medewerker van dit traject doet dit."));
		}
	}

	@Test
	void aBrokenRuleIsA422NamingItsField() throws Exception {
		given(this.trajectories.startIntake(eq(this.trajectory.id()), anyLong(), any()))
			.willThrow(new RuleViolation("consents", "Leg eerst de toestemming voor het traject vast."));
		try (SliceCaller caller = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/trajectories/{id}/intake", this.trajectory.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":0}"))
				.andExpect(status().is(422))
				.andExpect(jsonPath("$.field").value("consents"));
		}
	}

	@Test
	void aStepWithoutAVersionIsA400AndNeverReachesTheService() throws Exception {
		try (SliceCaller caller = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/trajectories/{id}/intake", this.trajectory.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("version"));
		}
		verify(this.trajectories, never()).startIntake(any(), anyLong(), any());
	}

}
