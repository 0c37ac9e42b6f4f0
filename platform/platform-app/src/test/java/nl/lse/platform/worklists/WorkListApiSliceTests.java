package nl.lse.platform.worklists;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.web.ApiSlice;
import nl.lse.platform.web.ApiSliceTest;
import nl.lse.platform.web.PageView;
import nl.lse.platform.web.SliceCaller;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work-list API's web layer alone: the filters reach the query as asked (and a
 * malformed one never does), an untaken request comes without its case, and how each
 * refusal of handing out work is answered. The need-to-know of the list itself lives in
 * the query and is proven against the database
 * ({@code AuthorizationMatrixIntegrationTests}).
 */
@ApiSlice(WorkListController.class)
class WorkListApiSliceTests extends ApiSliceTest {

	@MockitoBean
	WorkListService lists;

	@MockitoBean
	WorkAssignment assignment;

	final UUID itemId = UUID.randomUUID();

	@Test
	void theFiltersReachTheQueryAsAsked() throws Exception {
		UUID caseId = UUID.randomUUID();
		given(this.lists.list(any(), any())).willReturn(new PageView<>(List
			.of(new WorkItem(this.itemId, "TRAJECTORY", "FAMILY_SUPPORT", "AFTERCARE", caseId, "GM0363-2026-0001", 3,
					"MEDIUM", "lse-1", 2, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 6, 1), null, false)),
				1, 10, 11));
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(get("/api/v1/tenants/gm0363/work-items").param("list", "MINE")
					.param("severity", "3")
					.param("overdue", "true")
					.param("reference", "gm0363-2026")
					.param("sort", "DUE")
					.param("page", "1")
					.param("size", "10"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(11))
				.andExpect(jsonPath("$.items[0].caseId").value(caseId.toString()))
				.andExpect(jsonPath("$.items[0].overdueContacts").value(2));
		}
		ArgumentCaptor<WorkListQuery> query = ArgumentCaptor.forClass(WorkListQuery.class);
		verify(this.lists).list(query.capture(), any());
		assertThat(query.getValue()).isEqualTo(new WorkListQuery(WorkListQuery.WorkList.MINE, null, null, 3, true,
				false, "gm0363-2026", WorkListQuery.Sort.DUE, 1, 10));
	}

	@Test
	void anUntakenRequestInTheLseQueueComesWithoutItsCase() throws Exception {
		given(this.lists.list(any(), any())).willReturn(new PageView<>(List.of(new WorkItem(this.itemId, "CONSULTATION",
				"CONSULTATION", "REQUESTED", null, null, null, null, null, 0, null, null, null, false)), 0, 20, 1));
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/work-items").param("list", "UNASSIGNED"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].itemId").value(this.itemId.toString()))
				.andExpect(jsonPath("$.items[0].caseId").doesNotExist())
				.andExpect(jsonPath("$.items[0].reference").doesNotExist());
		}
	}

	@Test
	void aSeverityOutOfRangeIsA400NamingItAndNeverReachesTheQuery() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/work-items").param("severity", "5"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("severity"));
		}
		verify(this.lists, never()).list(any(), any());
	}

	@Test
	void anUnknownListIsA400NamingItAndNeverReachesTheQuery() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get("/api/v1/tenants/gm0363/work-items").param("list", "EVERYTHING"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("list"));
		}
		verify(this.lists, never()).list(any(), any());
	}

	@Test
	void theCoordinatorHandsAnItemToAnLseWorker() throws Exception {
		try (SliceCaller coordinator = SliceCaller.lseCoordinator("gm0363", "co-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/work-items/{id}/assignment", this.itemId)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"lseWorker\":\"lse-2\"}"))
				.andExpect(status().isNoContent());
		}
		verify(this.assignment).assign(eq(this.itemId), eq(Subject.of("lse-2")), any());
	}

	@Test
	void handingOutWorkByStaffOnTheCaseIsA403InDutch() throws Exception {
		willThrow(new NotAllowed("Alleen de LSE-coördinator en de casusregiehouder verdelen het werk.",
				AuditEvent.refused(AuditObject.TRAJECTORY, this.itemId, UUID.randomUUID())))
			.given(this.assignment)
			.assign(eq(this.itemId), any(Subject.class), any());
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/work-items/{id}/assignment", this.itemId)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"lseWorker\":\"lse-2\"}"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail")
					.value("Alleen de LSE-coördinator en de casusregiehouder verdelen het werk."));
		}
	}

	@Test
	void anItemTheCallerMayNotKnowOfIsA404WithItsDenialRecorded() throws Exception {
		AuditEvent denial = AuditEvent.denied(AuditObject.WORK_ITEM, this.itemId);
		willThrow(new NotFound(denial)).given(this.assignment).assign(eq(this.itemId), any(Subject.class), any());
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/work-items/{id}/assignment", this.itemId)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"lseWorker\":\"lse-1\"}"))
				.andExpect(status().isNotFound());
		}
		verify(this.denials).record(denial);
	}

	@Test
	void theCaseDirectorMovingAssignedWorkIsA422NamingTheWorker() throws Exception {
		willThrow(new RuleViolation("lseWorker",
				"Dit traject heeft al een LSE-medewerker; de casusregiehouder wijst het opnieuw toe."))
			.given(this.assignment)
			.assign(eq(this.itemId), any(Subject.class), any());
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/work-items/{id}/assignment", this.itemId)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"lseWorker\":\"lse-2\"}"))
				.andExpect(status().is(422))
				.andExpect(jsonPath("$.field").value("lseWorker"));
		}
	}

	@Test
	void aWorkerNameThatCannotBeASubjectIsA400AndNeverReachesTheService() throws Exception {
		try (SliceCaller coordinator = SliceCaller.lseCoordinator("gm0363", "co-1")) {
			this.mvc
				.perform(post("/api/v1/tenants/gm0363/work-items/{id}/assignment", this.itemId)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"lseWorker\":\"lse 2'--\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("lseWorker"));
		}
		verify(this.assignment, never()).assign(any(), any(Subject.class), any());
	}

}
