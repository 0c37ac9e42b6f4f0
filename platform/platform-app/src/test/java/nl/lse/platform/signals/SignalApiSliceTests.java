package nl.lse.platform.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.web.ApiSlice;
import nl.lse.platform.web.ApiSliceTest;
import nl.lse.platform.web.SliceCaller;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signal API's web layer alone: anyone registers, what followed a signal is shown to
 * the case director only, and how each refusal of the service is answered. The rules
 * themselves: {@link SignalTests} and the authorization matrix.
 */
@ApiSlice(SignalController.class)
class SignalApiSliceTests extends ApiSliceTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	@MockitoBean
	SignalService signals;

	final Signal signal = new Signal(TODAY, "Zoon deelt extremistische filmpjes.", Signal.Source.SCHOOL,
			List.of("ONLINE_RADICALISATION"), Subject.of("jz-1"), NOW, TODAY);

	final UUID caseId = UUID.randomUUID();

	@Test
	void aChainPartnerRegistersASignalAndGetsItsAddress() throws Exception {
		given(this.signals.register(eq(TODAY), eq("Zoon deelt extremistische filmpjes."), eq(Signal.Source.SCHOOL),
				eq(List.of("ONLINE_RADICALISATION")), any()))
			.willReturn(this.signal);
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/signals").contentType(MediaType.APPLICATION_JSON)
					.content("{\"receivedOn\":\"2026-11-29\",\"description\":\"Zoon deelt extremistische filmpjes.\","
							+ "\"source\":\"SCHOOL\",\"concerns\":[\"ONLINE_RADICALISATION\"]}"))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", "/api/v1/tenants/gm0363/signals/" + this.signal.id()))
				.andExpect(jsonPath("$.status").value("NEW"));
		}
	}

	@Test
	void aSignalWithoutADateNamesItsFieldAndNeverReachesTheService() throws Exception {
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/signals").contentType(MediaType.APPLICATION_JSON)
					.content("{\"description\":\"Zorgen\",\"source\":\"SCHOOL\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("receivedOn"));
		}
		verify(this.signals, never()).register(any(), any(), any(), anyList(), any());
	}

	@Test
	void theCaseDirectorSeesWhatFollowedASignal() throws Exception {
		this.signal.followUp(this.caseId, null, UUID.randomUUID(), "Traject gestart", Subject.of("cd-1"), NOW);
		given(this.signals.read(eq(this.signal.id()), any())).willReturn(this.signal);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/signals/{id}", this.signal.id()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("FOLLOWED_UP"))
				.andExpect(jsonPath("$.caseId").value(this.caseId.toString()))
				.andExpect(jsonPath("$.triageReason").value("Traject gestart"));
		}
	}

	@Test
	void whoeverRegisteredItSeesItsStatusButNotWhatFollowed() throws Exception {
		this.signal.followUp(this.caseId, null, UUID.randomUUID(), "Traject gestart", Subject.of("cd-1"), NOW);
		given(this.signals.read(eq(this.signal.id()), any())).willReturn(this.signal);
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/signals/{id}", this.signal.id()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("FOLLOWED_UP"))
				.andExpect(jsonPath("$.caseId").doesNotExist())
				.andExpect(jsonPath("$.trajectoryId").doesNotExist())
				.andExpect(jsonPath("$.triageReason").doesNotExist());
		}
	}

	@Test
	void someoneElsesSignalIsA404WithItsDenialRecorded() throws Exception {
		AuditEvent denial = AuditEvent.denied(AuditObject.SIGNAL, this.signal.id());
		given(this.signals.read(eq(this.signal.id()), any())).willThrow(new NotFound(denial));
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-2", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/signals/{id}", this.signal.id()))
				.andExpect(status().isNotFound());
		}
		verify(this.denials).record(denial);
	}

	@Test
	void theListShowsTheSignalsOfTheAskedStatus() throws Exception {
		given(this.signals.list(eq(Signal.Status.NEW), eq(0), eq(20), any()))
			.willReturn(new PageImpl<>(List.of(this.signal), PageRequest.of(0, 20), 1));
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/signals"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].id").value(this.signal.id().toString()));
		}
	}

	@Test
	void anUnknownStatusIsA400NamingItAndNeverReachesTheService() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/signals").param("status", "ALL"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("status"));
		}
		verify(this.signals, never()).list(any(), anyInt(), anyInt(), any());
	}

	@Test
	void theCaseDirectorTriagesIntoATrajectory() throws Exception {
		UUID trajectory = UUID.randomUUID();
		this.signal.followUp(this.caseId, null, trajectory, null, Subject.of("cd-1"), NOW);
		given(this.signals.triage(eq(this.signal.id()), eq(0L), any(), any())).willReturn(this.signal);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/signals/{id}/triage", this.signal.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"decision\":\"TRAJECTORY\",\"severity\":2,\"supportLevel\":\"LIGHT\","
							+ "\"trajectoryKind\":\"FAMILY_SUPPORT\",\"version\":0}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("FOLLOWED_UP"))
				.andExpect(jsonPath("$.caseId").value(this.caseId.toString()))
				.andExpect(jsonPath("$.trajectoryId").value(trajectory.toString()));
		}
	}

	@Test
	void triageByWhoeverRegisteredItIsA403InDutch() throws Exception {
		given(this.signals.triage(eq(this.signal.id()), anyLong(), any(), any()))
			.willThrow(new NotAllowed("Alleen de casusregiehouder mag dit doen.",
					AuditEvent.refused(AuditObject.SIGNAL, this.signal.id(), null)));
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/signals/{id}/triage", this.signal.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"decision\":\"NO_ACTION\",\"reason\":\"Geen zorgen\",\"version\":0}"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("Alleen de casusregiehouder mag dit doen."));
		}
	}

	@Test
	void dismissingWithoutAReasonIsA422NamingTheReason() throws Exception {
		given(this.signals.triage(eq(this.signal.id()), anyLong(), any(), any()))
			.willThrow(new RuleViolation("reason", "Geef een reden op waarom het signaal geen vervolg krijgt."));
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/signals/{id}/triage", this.signal.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"decision\":\"NO_ACTION\",\"version\":0}"))
				.andExpect(status().is(422))
				.andExpect(jsonPath("$.field").value("reason"))
				.andExpect(jsonPath("$.detail").value("Geef een reden op waarom het signaal geen vervolg krijgt."));
		}
	}

	@Test
	void triageOfAnOldVersionIsA409OnTheVersionField() throws Exception {
		given(this.signals.triage(eq(this.signal.id()), anyLong(), any(), any())).willThrow(new StaleVersion());
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/signals/{id}/triage", this.signal.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"decision\":\"NO_ACTION\",\"reason\":\"Geen zorgen\",\"version\":0}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.field").value("version"));
		}
	}

	@Test
	void aTriageNamingAnLseWorkerBadlyIsA400AndNeverReachesTheService() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/signals/{id}/triage", this.signal.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"decision\":\"TRAJECTORY\",\"trajectoryKind\":\"FAMILY_SUPPORT\","
							+ "\"lseWorker\":\"lse 1; drop\",\"version\":0}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("lseWorker"));
		}
		verify(this.signals, never()).triage(any(), anyLong(), any(), any());
	}

}
