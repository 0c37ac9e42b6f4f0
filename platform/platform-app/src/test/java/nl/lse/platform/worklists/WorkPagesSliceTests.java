package nl.lse.platform.worklists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.cases.TeamNotice;
import nl.lse.platform.cases.TeamNotices;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.signals.Signal;
import nl.lse.platform.signals.SignalService;
import nl.lse.platform.staff.LseStaff;
import nl.lse.platform.web.PageSlice;
import nl.lse.platform.web.PageSliceTest;
import nl.lse.platform.web.PageView;
import nl.lse.platform.web.SliceCaller;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.data.domain.Page;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start page and the work list rendered from their templates with the services
 * mocked, and the work list's assign form: the coordinator gets metadata links and an
 * assign form per open item, others links to the work itself and no forms, a malformed
 * filter never reaches the query, and a refused assignment comes back as the controller
 * answers it.
 */
@PageSlice({ WorkPagesController.class, WorkAssignmentPageController.class })
@Import(StartPageReminders.Settings.class)
class WorkPagesSliceTests extends PageSliceTest {

	@MockitoBean
	WorkListService work;

	@MockitoBean
	WorkAssignment assignment;

	@MockitoBean
	SignalService signals;

	@MockitoBean
	TeamNotices notices;

	final UUID caseId = UUID.randomUUID();

	final WorkItem assigned = new WorkItem(UUID.randomUUID(), "TRAJECTORY", "FAMILY_SUPPORT", "SUPPORT", this.caseId,
			"GM0363-2026-0001", 2, "LIGHT", "lse-1", 0, null, LocalDate.of(2026, 6, 1), null, false);

	final WorkItem closed = new WorkItem(UUID.randomUUID(), "TRAJECTORY", "INDIVIDUAL_GUIDANCE", "CLOSED", this.caseId,
			"GM0363-2026-0001", 2, "LIGHT", "lse-1", 0, null, LocalDate.of(2026, 1, 1), null, false);

	final WorkItem untaken = new WorkItem(UUID.randomUUID(), "CONSULTATION", "CONSULTATION", "REQUESTED", null, null,
			null, null, null, 0, null, LocalDate.of(2026, 11, 1), null, false);

	private void listed(WorkItem... items) {
		given(this.work.list(any(), any())).willReturn(new PageView<>(List.of(items), 0, 20, items.length));
	}

	private static String assign(WorkItem item) {
		return "/t/gm0363/werk/" + item.itemId() + "/toewijzing";
	}

	@Test
	void theCoordinatorGetsCaseLinksAndAnAssignFormPerOpenItem() throws Exception {
		listed(this.assigned, this.closed, this.untaken);
		given(this.staff.workers()).willReturn(
				List.of(new LseStaff.Worker("lse-1", "Lotte de Vries"), new LseStaff.Worker("lse-2", "Sven Bakker")));
		try (SliceCaller coordinator = SliceCaller.lseCoordinator("gm0363", "co-1")) {
			this.mvc.perform(get("/t/gm0363/werk"))
				.andExpect(status().isOk())
				.andExpect(heading("Werkvoorraad"))
				.andExpect(content().string(containsString("href=\"/t/gm0363/casussen/" + this.caseId + "\"")))
				.andExpect(content().string(not(containsString("/t/gm0363/trajecten/"))))
				.andExpect(content().string(not(containsString("/t/gm0363/consultaties/"))))
				.andExpect(content().string(containsString("<span>Lotte de Vries</span>")))
				.andExpect(postsExactlyTo(assign(this.assigned), assign(this.untaken)));
		}
	}

	@Test
	void theCaseDirectorGetsLinksToTheWorkAndNoAssignForms() throws Exception {
		listed(this.assigned, this.untaken);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get("/t/gm0363/werk"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/t/gm0363/trajecten/" + this.assigned.itemId())))
				.andExpect(content().string(containsString("href=\"/t/gm0363/consultaties/" + this.untaken.itemId())))
				.andExpect(postsExactlyTo());
		}
		verify(this.staff, never()).workers();
	}

	@Test
	void theFiltersReachTheQueryAsChosen() throws Exception {
		listed();
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc
				.perform(get("/t/gm0363/werk").param("list", "MINE")
					.param("overdue", "true")
					.param("sort", "DUE")
					.param("page", "2"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("0 gevonden")));
		}
		ArgumentCaptor<WorkListQuery> query = ArgumentCaptor.forClass(WorkListQuery.class);
		verify(this.work).list(query.capture(), any());
		assertThat(query.getValue()).isEqualTo(new WorkListQuery(WorkListQuery.WorkList.MINE, null, null, null, true,
				false, null, WorkListQuery.Sort.DUE, 2, 20));
	}

	@Test
	void theFormWithNothingChosenListsEverything() throws Exception {
		listed(this.assigned);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			// what the browser sends when the selects stay at "Maak een keuze"
			this.mvc
				.perform(get("/t/gm0363/werk").param("list", "")
					.param("service", "")
					.param("phase", "")
					.param("severity", "")
					.param("reference", "")
					.param("sort", "")
					.param("_overdue", "on")
					.param("_handover", "on"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("-fout\""))))
				.andExpect(content().string(containsString("1 gevonden")));
		}
		ArgumentCaptor<WorkListQuery> query = ArgumentCaptor.forClass(WorkListQuery.class);
		verify(this.work).list(query.capture(), any());
		assertThat(query.getValue()).isEqualTo(new WorkListQuery(WorkListQuery.WorkList.ALL, null, null, null, false,
				false, null, WorkListQuery.Sort.REFERENCE, 0, 20));
	}

	@Test
	void aMalformedFilterIsShownInDutchAndNeverReachesTheQuery() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get("/t/gm0363/werk").param("severity", "9").param("reference", "GM%' or 1=1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"severity-fout\"")))
				.andExpect(content().string(containsString("id=\"reference-fout\"")))
				.andExpect(content().string(containsString("0 gevonden")));
		}
		verify(this.work, never()).list(any(), any());
	}

	@Test
	void theCaseDirectorsStartPageShowsTheNewSignals() throws Exception {
		listed();
		given(this.signals.list(eq(Signal.Status.NEW), eq(0), eq(10), any())).willReturn(Page.empty());
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get("/t/gm0363/"))
				.andExpect(status().isOk())
				.andExpect(heading("Gemeente Amsterdam"))
				.andExpect(content().string(containsString("Er zijn geen nieuwe signalen om te beoordelen.")));
		}
	}

	@Test
	void otherStartPagesDoNotAskForSignals() throws Exception {
		listed();
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get("/t/gm0363/"))
				.andExpect(status().isOk())
				.andExpect(heading("Gemeente Amsterdam"))
				.andExpect(content().string(not(containsString("Nieuwe signalen"))));
		}
		verify(this.signals, never()).list(any(), anyInt(), anyInt(), any());
	}

	@Test
	void theStartPageTellsWhatHappenedOnTheCallersCases() throws Exception {
		listed();
		given(this.notices.forCaller(any())).willReturn(List.of(new TeamNotice(this.caseId, "GM0363-2026-0001",
				TeamNotice.Kind.CONSENT_WITHDRAWN, false, Instant.parse("2026-11-29T09:30:00Z"))));
		try (SliceCaller partner = SliceCaller.in("gm0363", "p-1", LseRole.CHAIN_PARTNER)) {
			this.mvc.perform(get("/t/gm0363/"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Berichten aan het team")))
				.andExpect(content().string(containsString("29-11-2026 10:30")))
				.andExpect(content().string(containsString("/t/gm0363/casussen/" + this.caseId)))
				.andExpect(content().string(containsString("het traject van het LSE loopt door")));
		}
	}

	@Test
	void noNoticesNoSection() throws Exception {
		listed();
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get("/t/gm0363/"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Berichten aan het team"))));
		}
	}

	@Test
	void theCoordinatorMovesWorkAndReturnsToTheWorkList() throws Exception {
		try (SliceCaller coordinator = SliceCaller.lseCoordinator("gm0363", "co-1")) {
			this.mvc.perform(post(assign(this.assigned)).param("lseWorker", "lse-2").param("back", "werk"))
				.andExpect(redirectedUrl("/t/gm0363/werk"))
				.andExpect(flash().attribute("assigned", true));
		}
		verify(this.assignment).assign(eq(this.assigned.itemId()), eq(Subject.of("lse-2")), any());
	}

	@Test
	void anAssignmentWithoutAWorkerNeverReachesTheService() throws Exception {
		try (SliceCaller coordinator = SliceCaller.lseCoordinator("gm0363", "co-1")) {
			this.mvc.perform(post(assign(this.untaken)).param("lseWorker", "").param("back", "werk"))
				.andExpect(redirectedUrl("/t/gm0363/werk"))
				.andExpect(flash().attribute("error", "central.requests.noWorker"));
		}
		verify(this.assignment, never()).assign(any(), any(Subject.class), any());
	}

	@Test
	void anAssignmentARuleRefusesComesBackAsAMessage() throws Exception {
		willThrow(new RuleViolation("status", "Alleen een aangevraagde consultatie kan worden opgepakt."))
			.given(this.assignment)
			.assign(eq(this.untaken.itemId()), any(Subject.class), any());
		try (SliceCaller coordinator = SliceCaller.lseCoordinator("gm0363", "co-1")) {
			this.mvc.perform(post(assign(this.untaken)).param("lseWorker", "lse-2"))
				.andExpect(redirectedUrl("/central/aanvragen"))
				.andExpect(flash().attribute("error", "central.requests.notAssigned"));
		}
	}

	@Test
	void anAssignmentByStaffOnTheCaseIsTheDutchNotAllowedPage() throws Exception {
		willThrow(new NotAllowed("Alleen de LSE-coördinator en de casusregiehouder verdelen het werk.",
				AuditEvent.refused(AuditObject.TRAJECTORY, this.assigned.itemId(), this.caseId)))
			.given(this.assignment)
			.assign(eq(this.assigned.itemId()), any(Subject.class), any());
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(post(assign(this.assigned)).param("lseWorker", "lse-2").param("back", "werk"))
				.andExpect(status().isForbidden())
				.andExpect(errorPage("Niet toegestaan"));
		}
	}

}
