package nl.lse.platform.consultations;

import java.time.Instant;
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

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
 * The consultation API's web layer alone: what a consultation shows each caller (its case
 * only to who may know it, the next steps from the consultation's own rules), and how
 * each refusal of the service is answered. The rules themselves:
 * {@link ConsultationTests} and, against the real app,
 * {@code ConsultationApiIntegrationTests} and the authorization matrix.
 */
@ApiSlice(ConsultationController.class)
class ConsultationApiSliceTests extends ApiSliceTest {

	static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	@MockitoBean
	ConsultationService consultations;

	final UUID caseId = UUID.randomUUID();

	final Consultation aboutCase = new Consultation(this.caseId, "Hoe spreken we de ouders aan?", Subject.of("cd-1"),
			NOW);

	final Consultation general = new Consultation(null, "Welke signalen passen bij online radicalisering?",
			Subject.of("mw-1"), NOW);

	@Test
	void theMunicipalityAsksAQuestionAndGetsItsAddress() throws Exception {
		given(this.consultations.request(eq(this.caseId), eq("Hoe spreken we de ouders aan?"), any()))
			.willReturn(this.aboutCase);
		given(this.consultations.showsCase(any(), any())).willReturn(true);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations").contentType(MediaType.APPLICATION_JSON)
					.content("{\"caseId\":\"" + this.caseId + "\",\"question\":\"Hoe spreken we de ouders aan?\"}"))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", "/api/v1/tenants/gm0363/consultations/" + this.aboutCase.id()))
				.andExpect(jsonPath("$.caseId").value(this.caseId.toString()))
				.andExpect(jsonPath("$.status").value("REQUESTED"));
		}
	}

	@Test
	void aChainPartnerAskingIsA403InDutch() throws Exception {
		given(this.consultations.request(any(), anyString(), any()))
			.willThrow(new NotAllowed("Een consultatie wordt aangevraagd door de gemeente.",
					AuditEvent.refused(AuditObject.CONSULTATION, null, null)));
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations").contentType(MediaType.APPLICATION_JSON)
					.content("{\"question\":\"Mogen wij ook iets vragen?\"}"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.title").value("Niet toegestaan"))
				.andExpect(jsonPath("$.detail").value("Een consultatie wordt aangevraagd door de gemeente."));
		}
	}

	@Test
	void aQuestionWithoutTextNamesItsFieldAndNeverReachesTheService() throws Exception {
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations").contentType(MediaType.APPLICATION_JSON)
					.content("{\"question\":\" \"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("question"));
		}
		verify(this.consultations, never()).request(any(), anyString(), any());
	}

	@Test
	void anLseWorkerSeesAnUntakenRequestWithoutItsCaseAndMayNotTakeIt() throws Exception {
		given(this.consultations.read(eq(this.aboutCase.id()), any())).willReturn(this.aboutCase);
		given(this.consultations.showsCase(eq(this.aboutCase), any())).willReturn(false);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/consultations/{id}", this.aboutCase.id()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.question").value("Hoe spreken we de ouders aan?"))
				.andExpect(jsonPath("$.caseId").doesNotExist())
				.andExpect(jsonPath("$.allowedActions", empty()));
		}
	}

	@Test
	void anLseWorkerIsOfferedToTakeAGeneralQuestion() throws Exception {
		given(this.consultations.read(eq(this.general.id()), any())).willReturn(this.general);
		given(this.consultations.showsCase(any(), any())).willReturn(true);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/consultations/{id}", this.general.id()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.allowedActions", contains("TAKE")));
		}
	}

	@Test
	void aConsultationTheCallerMayNotKnowOfIsA404WithItsDenialRecorded() throws Exception {
		UUID other = UUID.randomUUID();
		AuditEvent denial = AuditEvent.denied(AuditObject.CONSULTATION, other);
		given(this.consultations.read(eq(other), any())).willThrow(new NotFound(denial));
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/consultations/{id}", other)).andExpect(status().isNotFound());
		}
		verify(this.denials).record(denial);
	}

	@Test
	void theListShowsEachConsultationWithTheCallersNextSteps() throws Exception {
		given(this.consultations.list(eq(0), eq(20), any()))
			.willReturn(new PageImpl<>(List.of(this.general), PageRequest.of(0, 20), 1));
		given(this.consultations.showsCase(any(), any())).willReturn(true);
		try (SliceCaller asker = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/consultations"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].id").value(this.general.id().toString()))
				.andExpect(jsonPath("$.items[0].allowedActions", empty()));
		}
	}

	@Test
	void anLseWorkerTakesAGeneralQuestion() throws Exception {
		this.general.take(Subject.of("lse-1"), NOW);
		given(this.consultations.take(eq(this.general.id()), eq(0L), any())).willReturn(this.general);
		given(this.consultations.showsCase(any(), any())).willReturn(true);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations/{id}/take", this.general.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":0}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
				.andExpect(jsonPath("$.lseWorker").value("lse-1"))
				.andExpect(jsonPath("$.allowedActions", contains("ADVISE")));
		}
	}

	@Test
	void takingARequestAboutACaseIsA403BecauseTheCoordinatorHandsItOut() throws Exception {
		given(this.consultations.take(eq(this.aboutCase.id()), anyLong(), any()))
			.willThrow(new NotAllowed("Een consultatie over een casus wordt toegewezen door de LSE-coördinator.",
					AuditEvent.refused(AuditObject.CONSULTATION, this.aboutCase.id(), this.caseId)));
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations/{id}/take", this.aboutCase.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":0}"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail")
					.value("Een consultatie over een casus wordt toegewezen door de LSE-coördinator."));
		}
	}

	@Test
	void theWorkerWhoTookItRecordsTheAdvice() throws Exception {
		this.general.take(Subject.of("lse-1"), NOW);
		this.general.advise(Subject.of("lse-1"), "Bespreek het in het casusoverleg.", NOW);
		given(this.consultations.advise(eq(this.general.id()), eq(1L), eq("Bespreek het in het casusoverleg."), any()))
			.willReturn(this.general);
		given(this.consultations.showsCase(any(), any())).willReturn(true);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations/{id}/advice", this.general.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"advice\":\"Bespreek het in het casusoverleg.\",\"version\":1}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("ADVISED"))
				.andExpect(jsonPath("$.advice").value("Bespreek het in het casusoverleg."))
				.andExpect(jsonPath("$.allowedActions", empty()));
		}
	}

	@Test
	void adviceByAnotherWorkerIsA422NamingTheWorker() throws Exception {
		given(this.consultations.advise(eq(this.general.id()), anyLong(), anyString(), any()))
			.willThrow(new RuleViolation("lseWorker",
					"Alleen de LSE-medewerker die de consultatie heeft opgepakt legt het advies vast."));
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-2")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations/{id}/advice", this.general.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"advice\":\"Mijn advies\",\"version\":1}"))
				.andExpect(status().is(422))
				.andExpect(jsonPath("$.field").value("lseWorker"))
				.andExpect(jsonPath("$.detail")
					.value("Alleen de LSE-medewerker die de consultatie heeft opgepakt legt het advies vast."));
		}
	}

	@Test
	void adviceOnAnOldVersionIsA409OnTheVersionField() throws Exception {
		given(this.consultations.advise(eq(this.general.id()), anyLong(), anyString(), any()))
			.willThrow(new StaleVersion());
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations/{id}/advice", this.general.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"advice\":\"Mijn advies\",\"version\":0}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.field").value("version"));
		}
	}

	@Test
	void whoeverAskedClosesTheAdvisedConsultation() throws Exception {
		this.general.take(Subject.of("lse-1"), NOW);
		this.general.advise(Subject.of("lse-1"), "Bespreek het in het casusoverleg.", NOW);
		this.general.close(NOW);
		given(this.consultations.close(eq(this.general.id()), eq(2L), any())).willReturn(this.general);
		given(this.consultations.showsCase(any(), any())).willReturn(true);
		try (SliceCaller asker = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations/{id}/close", this.general.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":2}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CLOSED"));
		}
	}

	@Test
	void closingByTheLseWorkerIsA403InDutch() throws Exception {
		given(this.consultations.close(eq(this.general.id()), anyLong(), any()))
			.willThrow(new NotAllowed("De casusregiehouder of de aanvrager sluit de consultatie.",
					AuditEvent.refused(AuditObject.CONSULTATION, this.general.id(), null)));
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations/{id}/close", this.general.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":2}"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("De casusregiehouder of de aanvrager sluit de consultatie."));
		}
	}

	@Test
	void aStepWithoutAVersionIsA400AndNeverReachesTheService() throws Exception {
		try (SliceCaller asker = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/consultations/{id}/close", this.general.id())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("version"));
		}
		verify(this.consultations, never()).close(any(), anyLong(), any());
	}

}
