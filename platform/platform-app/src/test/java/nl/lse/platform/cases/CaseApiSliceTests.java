package nl.lse.platform.cases;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.web.ApiSlice;
import nl.lse.platform.web.ApiSliceTest;
import nl.lse.platform.web.SliceCaller;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case API's web layer alone ({@code @WebMvcTest}: the controller, its JSON and the
 * ProblemDetail advice; the service answers as the policy would): what each sight shows,
 * and that every refusal becomes the answer docs/access.md promises. The rules themselves
 * are proven in {@link CasePolicyTests} and against the real app in the integration
 * tests; the tenant gate and token checks in the identity tests.
 */
@ApiSlice(CaseController.class)
class CaseApiSliceTests extends ApiSliceTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@MockitoBean
	CaseService cases;

	final Case kase = new Case("GM0363-2026-0001", Severity.of(2), SupportLevel.LIGHT, Subject.of("cd"), TODAY);

	SliceCaller director;

	@BeforeEach
	void caller() {
		this.kase.addPerson(PersonRole.PERSON_OF_CONCERN, "Sam", 2008, null, Visibility.MUNICIPALITY_AND_LSE);
		this.kase.addPerson(PersonRole.PARENT, "Ouder", 1980, null, Visibility.TEAM);
		this.kase.addMember(CaseMember.Kind.CHAIN_PARTNER, CaseMember.Basis.COVENANT, null, UUID.randomUUID(),
				"Jeugdzorg", "Convenant", TODAY, TODAY);
		this.director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR);
	}

	@AfterEach
	void leave() {
		this.director.close();
	}

	@Test
	void municipalitySightShowsEveryRecordAndTheTeam() throws Exception {
		given(this.cases.read(eq(this.kase.id()), any())).willReturn(new Seen<>(this.kase, Sight.MUNICIPALITY));
		given(this.cases.allowedActions(any(), any())).willReturn(Set.of(CaseAction.CLOSE));
		this.mvc.perform(get("/api/v1/tenants/gm0363/cases/{id}", this.kase.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persons", hasSize(2)))
			.andExpect(jsonPath("$.team", hasSize(1)))
			.andExpect(jsonPath("$.allowedActions", contains("CLOSE")));
	}

	@Test
	void teamSightShowsOnlyTheRecordsSharedWithTheTeam() throws Exception {
		given(this.cases.read(eq(this.kase.id()), any())).willReturn(new Seen<>(this.kase, Sight.TEAM));
		given(this.cases.allowedActions(any(), any())).willReturn(Set.of());
		this.mvc.perform(get("/api/v1/tenants/gm0363/cases/{id}", this.kase.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persons", hasSize(1)))
			.andExpect(jsonPath("$.persons[0].name").value("Ouder"))
			.andExpect(jsonPath("$.closureReason").doesNotExist())
			.andExpect(jsonPath("$.allowedActions", empty()));
	}

	@Test
	void metadataSightShowsNoPersonsAndNoTeam() throws Exception {
		given(this.cases.read(eq(this.kase.id()), any())).willReturn(new Seen<>(this.kase, Sight.METADATA));
		this.mvc.perform(get("/api/v1/tenants/gm0363/cases/{id}", this.kase.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value("GM0363-2026-0001"))
			.andExpect(jsonPath("$.persons", empty()))
			.andExpect(jsonPath("$.team", empty()));
	}

	@Test
	void aCaseTheCallerMayNotKnowOfIsA404WithItsDenialRecorded() throws Exception {
		UUID other = UUID.randomUUID();
		AuditEvent denial = AuditEvent.denied(AuditObject.CASE, other);
		given(this.cases.read(eq(other), any())).willThrow(new NotFound(denial));
		this.mvc.perform(get("/api/v1/tenants/gm0363/cases/{id}", other)).andExpect(status().isNotFound());
		verify(this.denials).record(denial);
	}

	@Test
	void aRefusalWithoutItsAuditEventIsNoAnswer() throws Exception {
		UUID other = UUID.randomUUID();
		given(this.cases.read(eq(other), any())).willThrow(new NotFound(AuditEvent.denied(AuditObject.CASE, other)));
		given(this.denials.record(any())).willReturn(false);
		this.mvc.perform(get("/api/v1/tenants/gm0363/cases/{id}", other)).andExpect(status().isServiceUnavailable());
	}

	@Test
	void aChangeByAnotherThanTheLeadIsA403InDutch() throws Exception {
		given(this.cases.reassess(eq(this.kase.id()), anyLong(), any(), any(), any()))
			.willThrow(new NotAllowed("Alleen de casusregiehouder mag dit doen.",
					AuditEvent.refused(AuditObject.CASE, this.kase.id(), this.kase.id())));
		this.mvc
			.perform(put("/api/v1/tenants/gm0363/cases/{id}/assessment", this.kase.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"severity\":3,\"supportLevel\":\"MEDIUM\",\"version\":0}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Alleen de casusregiehouder mag dit doen."));
	}

	@Test
	void anInvalidAssessmentNamesItsFieldAndNeverReachesTheService() throws Exception {
		this.mvc
			.perform(put("/api/v1/tenants/gm0363/cases/{id}/assessment", this.kase.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"severity\":5,\"supportLevel\":\"MEDIUM\",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("severity"));
		verify(this.cases, never()).reassess(any(), anyLong(), any(), any(), any());
	}

	@Test
	void aStaleVersionIsA409OnTheVersionField() throws Exception {
		given(this.cases.reassess(eq(this.kase.id()), anyLong(), any(), any(), any())).willThrow(new StaleVersion());
		this.mvc
			.perform(put("/api/v1/tenants/gm0363/cases/{id}/assessment", this.kase.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"severity\":3,\"supportLevel\":\"MEDIUM\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("version"));
	}

}
