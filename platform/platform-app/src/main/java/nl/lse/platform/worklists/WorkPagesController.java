package nl.lse.platform.worklists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import nl.lse.platform.staff.LseStaff;
import nl.lse.platform.cases.TeamNotices;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.portal.PortalPage;
import nl.lse.platform.signals.Signal;
import nl.lse.platform.signals.SignalService;
import nl.lse.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The start page of a municipality (my work, overdue aftercare contacts, trajectories
 * waiting for handover, new signals to triage) and the work list with its filters.
 */
@Controller
@PortalPage
class WorkPagesController {

	private static final int START_SIZE = 10;

	private static final List<String> SERVICES = List.of("FAMILY_SUPPORT", "INDIVIDUAL_GUIDANCE", "CONSULTATION");

	private static final List<String> PHASES = List.of("REFERRED", "INTAKE", "PLANNING", "SUPPORT", "HANDOVER",
			"AFTERCARE", "REQUESTED", "IN_PROGRESS", "ADVISED");

	private final WorkListService work;

	private final SignalService signals;

	private final LseStaff staff;

	private final TeamNotices notices;

	private final Clock clock;

	private final StartPageReminders reminders;

	WorkPagesController(WorkListService work, SignalService signals, LseStaff staff, TeamNotices notices, Clock clock,
			StartPageReminders reminders) {
		this.reminders = reminders;
		this.staff = staff;
		this.notices = notices;
		this.clock = clock;
		this.work = work;
		this.signals = signals;
	}

	/**
	 * The LSE coordinator sees work as metadata: the case page, not the trajectory or
	 * consultation itself.
	 */
	@ModelAttribute("metadataOnly")
	boolean metadataOnly() {
		Caller caller = Caller.current();
		return caller.isLseCoordinator() && !caller.isLseWorker() && !caller.isCaseDirector()
				&& !caller.isMunicipalityStaff() && !caller.isChainPartner();
	}

	@GetMapping("/t/{tenant}/")
	String start(Model model) {
		Caller caller = Caller.current();
		model.addAttribute("mine", this.work.list(query(WorkListQuery.WorkList.MINE, false, false), caller));
		model.addAttribute("overdue", this.work.list(query(WorkListQuery.WorkList.ALL, true, false), caller));
		model.addAttribute("handover", this.work.list(query(WorkListQuery.WorkList.ALL, false, true), caller));
		model.addAttribute("newSignals",
				caller.isCaseDirector() ? this.signals.list(Signal.Status.NEW, 0, START_SIZE, caller) : null);
		model.addAttribute("notices", this.notices.forCaller(caller));
		model.addAttribute("reminders", reminders(caller));
		model.addAttribute("waitingHandovers", this.work
			.handoversWaiting(LocalDate.now(this.clock).minusDays(this.reminders.handoverWaitingDays()), caller));
		model.addAttribute("zone", this.clock.getZone());
		return "work/start";
	}

	@GetMapping("/t/{tenant}/werk")
	String list(@Valid @ModelAttribute("filter") WorkFilter filter, BindingResult errors, Model model) {
		model.addAttribute("services", SERVICES);
		model.addAttribute("phases", PHASES);
		model.addAttribute("lists", WorkListQuery.WorkList.values());
		model.addAttribute("sorts", WorkListQuery.Sort.values());
		if (errors.hasErrors()) {
			model.addAttribute("items", PageView.empty());
			return "work/list";
		}
		Caller caller = Caller.current();
		model.addAttribute("items", this.work.list(filter.query(), caller));
		if (caller.isLseCoordinator()) {
			// the coordinator hands work to a worker, or moves it to another, by name
			List<LseStaff.Worker> workers = this.staff.workers();
			model.addAttribute("workers", workers);
			model.addAttribute("workerNames",
					workers.stream().collect(Collectors.toMap(LseStaff.Worker::subject, LseStaff.Worker::name)));
		}
		return "work/list";
	}

	/**
	 * Aftercare contacts due within the coming week or overdue: of the LSE worker's own
	 * trajectories, or all of the municipality's for its case director (the same as the
	 * daily reminder e-mail); nobody else is told, chain partners least of all.
	 */
	private List<WorkItem> reminders(Caller caller) {
		if (!caller.isLseWorker() && !caller.isCaseDirector()) {
			return List.of();
		}
		WorkListQuery.WorkList list = caller.isCaseDirector() ? WorkListQuery.WorkList.ALL
				: WorkListQuery.WorkList.MINE;
		LocalDate dueBy = LocalDate.now(this.clock).plusDays(this.reminders.dueWithinDays());
		return this.work
			.list(new WorkListQuery(list, null, null, null, false, false, null, WorkListQuery.Sort.DUE, 0, START_SIZE),
					caller)
			.items()
			.stream()
			.filter((item) -> item.isOpen() && item.nextDueOn() != null && !item.nextDueOn().isAfter(dueBy))
			.toList();
	}

	private static WorkListQuery query(WorkListQuery.WorkList list, boolean overdue, boolean handover) {
		return new WorkListQuery(list, null, null, null, overdue, handover, null,
				overdue ? WorkListQuery.Sort.DUE : WorkListQuery.Sort.SINCE, 0, START_SIZE);
	}

	/**
	 * The filters of the work list, as query parameters, so a filtered list can be
	 * bookmarked and works without JavaScript.
	 */
	record WorkFilter(WorkListQuery.@Nullable WorkList list, @Nullable @Pattern(regexp = "[A-Z_]{0,40}") String service,
			@Nullable @Pattern(regexp = "[A-Z_]{0,40}") String phase, @Nullable @Min(1) @Max(4) Integer severity,
			@Nullable Boolean overdue, @Nullable Boolean handover,
			@Nullable @Pattern(regexp = "[A-Za-z0-9-]{0,20}") String reference, WorkListQuery.@Nullable Sort sort,
			@Nullable @Min(0) @Max(10000) Integer page) {

		WorkListQuery query() {
			return new WorkListQuery((this.list != null) ? this.list : WorkListQuery.WorkList.ALL, blank(this.service),
					blank(this.phase), this.severity, Boolean.TRUE.equals(this.overdue),
					Boolean.TRUE.equals(this.handover), blank(this.reference),
					(this.sort != null) ? this.sort : WorkListQuery.Sort.REFERENCE, (this.page != null) ? this.page : 0,
					20);
		}

		private static @Nullable String blank(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

	}

}
