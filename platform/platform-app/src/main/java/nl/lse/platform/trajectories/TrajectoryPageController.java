package nl.lse.platform.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import nl.lse.platform.cases.Case;
import nl.lse.platform.cases.CaseService;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.SubjectInput;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.portal.Choice;
import nl.lse.platform.portal.Forms;
import nl.lse.platform.portal.PortalPage;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.partners.PartnerOrganisation;
import nl.lse.platform.staff.LseStaff;
import nl.lse.platform.trajectories.TrajectoryForms.AcceptanceForm;
import nl.lse.platform.trajectories.TrajectoryForms.AftercareContactForm;
import nl.lse.platform.trajectories.TrajectoryForms.AftercareForm;
import nl.lse.platform.trajectories.TrajectoryForms.AgreementForm;
import nl.lse.platform.trajectories.TrajectoryForms.AssignForm;
import nl.lse.platform.trajectories.TrajectoryForms.ChecklistForm;
import nl.lse.platform.trajectories.TrajectoryForms.ClosureForm;
import nl.lse.platform.trajectories.TrajectoryForms.ConsentForm;
import nl.lse.platform.trajectories.TrajectoryForms.ContactForm;
import nl.lse.platform.trajectories.TrajectoryForms.EvaluationForm;
import nl.lse.platform.trajectories.TrajectoryForms.HandoverForm;
import nl.lse.platform.trajectories.TrajectoryForms.HelpQuestionProgressForm;
import nl.lse.platform.trajectories.TrajectoryForms.HelpQuestionsForm;
import nl.lse.platform.trajectories.TrajectoryForms.LocalPartnerForm;
import nl.lse.platform.trajectories.TrajectoryForms.PlanForm;
import nl.lse.platform.trajectories.TrajectoryForms.Step;
import nl.lse.platform.trajectories.TrajectoryForms.WithdrawalForm;
import nl.lse.platform.trajectories.TrajectoryView.ContactView;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trajectory page: the trajectory as the caller may see it, with a form for each step
 * its phase allows. A refused form comes back with what was typed and the rule next to
 * its field; every form address also answers GET with the page.
 */
@Controller
@PortalPage
class TrajectoryPageController {

	private static final String PAGE = "/t/{tenant}/trajecten/{id}";

	/** The buttons of the next step, in the order of the lifecycle. */
	private static final Map<String, TrajectoryAction> STEPS = steps();

	/** What the form proposes as the planned end of support; the worker changes it. */
	private static final Period SUPPORT_DEFAULT = Period.ofMonths(6);

	private final TrajectoryService trajectories;

	private final CaseService cases;

	private final Clock clock;

	private final LseStaff staff;

	private final PartnerAffiliations affiliations;

	TrajectoryPageController(TrajectoryService trajectories, CaseService cases, Clock clock, LseStaff staff,
			PartnerAffiliations affiliations) {
		this.trajectories = trajectories;
		this.cases = cases;
		this.clock = clock;
		this.staff = staff;
		this.affiliations = affiliations;
	}

	@GetMapping({ PAGE, PAGE + "/{form:stap|medewerker|hulpvragen|toestemming|plan|akkoord|evaluatie|contact|overdracht"
			+ "|checklist|acceptatie|nazorg|nazorgcontact|afsluiting|intrekking|hulpvraag|lokalepartner|opdrachtintrekking}" })
	String show(@PathVariable UUID id, Model model) {
		return page(id, model);
	}

	@PostMapping(PAGE + "/stap")
	String step(@PathVariable String tenant, @PathVariable UUID id, @Valid @ModelAttribute("step") Step form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> {
			Caller caller = Caller.current();
			long version = form.version();
			switch (STEPS.getOrDefault(String.valueOf(form.step()), TrajectoryAction.START_SUPPORT)) {
				case COMMISSION -> this.trajectories.commission(id, version, caller);
				case START_INTAKE -> this.trajectories.startIntake(id, version, caller);
				case START_PLANNING -> this.trajectories.startPlanning(id, version, caller);
				default -> {
					RuleViolation.check(form.supportEndsOn() != null, "supportEndsOn",
							"Vul in wanneer de begeleiding naar verwachting eindigt.");
					this.trajectories.startSupport(id, version, form.supportEndsOn(), caller);
				}
			}
		});
	}

	@PostMapping(PAGE + "/medewerker")
	String assign(@PathVariable String tenant, @PathVariable UUID id, @Valid @ModelAttribute("assign") AssignForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> this.trajectories.assign(id, form.version(),
				SubjectInput.of("lseWorker", form.lseWorker().trim()), Caller.current()));
	}

	@PostMapping(PAGE + "/hulpvragen")
	String helpQuestions(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("questions") HelpQuestionsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect,
				() -> this.trajectories.recordHelpQuestions(id, form.version(), form.lines(), Caller.current()));
	}

	@PostMapping(PAGE + "/opdrachtintrekking")
	String withdrawCommission(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("commissionWithdrawal") ClosureForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> this.trajectories.withdrawCommission(id, form.version(),
				(form.reason() != null) ? form.reason().trim() : "", Caller.current()));
	}

	@PostMapping(PAGE + "/hulpvraag")
	String helpQuestion(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("questionProgress") HelpQuestionProgressForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> this.trajectories.updateHelpQuestion(id, form.version(),
				form.number(), form.status(), TrajectoryForms.blank(form.reason()), Caller.current()));
	}

	@PostMapping(PAGE + "/lokalepartner")
	String localPartner(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("localPartner") LocalPartnerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> this.trajectories.chooseLocalPartner(id, form.version(),
				null, form.name().trim(), Caller.current()));
	}

	@PostMapping(PAGE + "/toestemming")
	String consent(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("consent") ConsentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect,
				() -> this.trajectories.recordConsent(id, form.personId(), form.capacity(),
						TrajectoryForms.blank(form.givenByName()), form.scope(), form.givenOn(), Caller.current()));
	}

	@PostMapping(PAGE + "/intrekking")
	String withdrawConsent(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("withdrawal") WithdrawalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect,
				() -> this.trajectories.withdrawConsent(id, form.consentId(), form.withdrawnOn(), Caller.current()));
	}

	@PostMapping(PAGE + "/plan")
	String plan(@PathVariable String tenant, @PathVariable UUID id, @Valid @ModelAttribute("plan") PlanForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> this.trajectories.draftPlan(id, form.goalList(),
				form.actionList(), form.visibility(), Caller.current()));
	}

	@PostMapping(PAGE + "/akkoord")
	String agree(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("agreement") AgreementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> this.trajectories.agreePlan(id, form.version(),
				form.number(), form.agreedOn(), form.agreedWith().trim(), Caller.current()));
	}

	@PostMapping(PAGE + "/evaluatie")
	String evaluate(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("evaluation") EvaluationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> this.trajectories.evaluatePlan(id, form.version(),
				form.evaluatedOn(), form.summary().trim(), Caller.current()));
	}

	@PostMapping(PAGE + "/contact")
	String contact(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("contact") ContactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> this.trajectories.logContact(id, form.contactOn(),
				form.kind(), form.withWhom().trim(), form.summary().trim(), form.visibility(), Caller.current()));
	}

	@PostMapping(PAGE + "/overdracht")
	String handover(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("handover") HandoverForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect,
				() -> this.trajectories.startHandover(id, form.version(), form.receiverKind(), form.receiver().trim(),
						form.partnerOrganisationId(), form.startedOn(), Caller.current()));
	}

	@PostMapping(PAGE + "/checklist")
	String checklist(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("checklist") ChecklistForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Map<Handover.Item, LocalDate> done = new EnumMap<>(Handover.Item.class);
		putIfSet(done, Handover.Item.WARM_HANDOVER_MEETING_HELD, form.warmHandoverMeetingHeldOn());
		putIfSet(done, Handover.Item.FAMILY_INFORMED, form.familyInformedOn());
		putIfSet(done, Handover.Item.FILE_TRANSFERRED, form.fileTransferredOn());
		putIfSet(done, Handover.Item.AFTERCARE_PARTNER_AGREED, form.aftercarePartnerAgreedOn());
		return act(tenant, id, errors, model, redirect,
				() -> this.trajectories.checkHandover(id, form.version(), done, Caller.current()));
	}

	@PostMapping(PAGE + "/acceptatie")
	String accept(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("acceptance") AcceptanceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect,
				() -> this.trajectories.acceptHandover(id, form.version(), form.acceptedOn(), Caller.current()));
	}

	@PostMapping(PAGE + "/nazorg")
	String aftercare(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("aftercare") AftercareForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect,
				() -> this.trajectories.agreeAftercare(id, form.version(), form.contactKind(), null, form.endsOn(),
						form.frequencyDays(), TrajectoryForms.blank(form.frequencyReason()),
						TrajectoryForms.blank(form.localPartner()), Caller.current()));
	}

	@PostMapping(PAGE + "/nazorgcontact")
	String aftercareContact(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("aftercareContact") AftercareContactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect,
				() -> this.trajectories.recordAftercareContact(id, form.contactOn(), Caller.current()));
	}

	@PostMapping(PAGE + "/afsluiting")
	String close(@PathVariable String tenant, @PathVariable UUID id, @Valid @ModelAttribute("closure") ClosureForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(tenant, id, errors, model, redirect, () -> this.trajectories.close(id, form.version(),
				TrajectoryForms.blank(form.reason()), Caller.current()));
	}

	private String act(String tenant, UUID id, BindingResult errors, Model model, RedirectAttributes redirect,
			Runnable action) {
		if (!errors.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("saved", "trajectory.saved");
				return "redirect:/t/" + tenant + "/trajecten/" + id;
			}
			catch (RuleViolation rule) {
				Forms.reject(errors, rule);
			}
			catch (StaleVersion | OptimisticLockingFailureException stale) {
				String view = page(id, model);
				Forms.stale(errors, ((TrajectoryView) model.getAttribute("trajectory")).version(), model);
				return view;
			}
		}
		return page(id, model);
	}

	private String page(UUID id, Model model) {
		Caller caller = Caller.current();
		Seen<Trajectory> seen = this.trajectories.read(id, caller);
		TrajectoryView trajectory = TrajectoryView.of(seen.item(), seen.sight(),
				this.trajectories.allowedActions(seen, caller));
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("seesContent", seen.sight().seesContent());
		Set<String> may = trajectory.allowedActions()
			.stream()
			.map(TrajectoryAction::name)
			.collect(Collectors.toUnmodifiableSet());
		model.addAttribute("may", may);
		model.addAttribute("steps",
				STEPS.entrySet()
					.stream()
					.filter((step) -> may.contains(step.getValue().name()))
					.map(Map.Entry::getKey)
					.toList());
		Case found = this.cases.read(trajectory.caseId(), caller).item();
		model.addAttribute("caseFound", found);
		model.addAttribute("personChoices",
				found.persons()
					.stream()
					.filter((person) -> person.visibility().visibleAt(seen.sight()))
					.map((person) -> new Choice(person.id().toString(), person.name()))
					.toList());
		model.addAttribute("contacts",
				seen.sight().seesContent()
						? this.trajectories.contacts(id, 0, 100, caller).map(ContactView::of).getContent()
						: java.util.List.of());
		if (may.contains(TrajectoryAction.START_HANDOVER.name())) {
			// the organisations of the case team a handover can go to, and what it
			// shares:
			// what the case team may see
			model.addAttribute("partnerChoices", found.members()
				.stream()
				.filter((member) -> member.endDate() == null && member.partnerOrganisationId() != null)
				.map((member) -> member.partnerOrganisationId())
				.distinct()
				.map((organisation) -> new Choice(organisation.toString(),
						this.affiliations.organisation(organisation).map(PartnerOrganisation::name).orElse("?")))
				.toList());
			model.addAttribute("sharedPersons",
					found.persons().stream().filter((person) -> person.visibility() == Visibility.TEAM).count());
			model.addAttribute("sharedPlans",
					seen.item().plans().stream().filter((plan) -> plan.visibility() == Visibility.TEAM).count());
			model.addAttribute("sharedContacts",
					seen.item()
						.contacts()
						.stream()
						.filter((contact) -> contact.visibility() == Visibility.TEAM)
						.count());
		}
		model.addAttribute("handsOverOnWithdrawal", seen.item().handsOverOnWithdrawal());
		model.addAttribute("supportOverdue", seen.item().isSupportOverdue(LocalDate.now(this.clock)));
		// who carries it out, by name; the case director picks a worker by name
		Subject carriedOutBy = seen.item().lseWorker();
		model.addAttribute("workerName",
				(carriedOutBy != null) ? this.staff.nameOf(carriedOutBy).orElse(carriedOutBy.value()) : null);
		if (may.contains(TrajectoryAction.ASSIGN.name())) {
			model.addAttribute("workerChoices",
					this.staff.workers()
						.stream()
						.map((worker) -> new Choice(worker.subject(), worker.name()))
						.toList());
		}
		model.addAttribute("scopes", Consent.Scope.values());
		model.addAttribute("capacities", Consent.Capacity.values());
		model.addAttribute("questionStatuses", HelpQuestion.Status.values());
		model.addAttribute("contactKinds", Contact.Kind.values());
		model.addAttribute("receiverKinds", Handover.ReceiverKind.values());
		model.addAttribute("visibilities", Visibility.values());
		forms(trajectory, model);
		return "trajectories/show";
	}

	/** Every form the page may show, empty but for today's date and the version. */
	private void forms(TrajectoryView trajectory, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		long version = trajectory.version();
		absent(model, "step", new Step(null, version, today.plus(SUPPORT_DEFAULT)));
		absent(model, "assign", new AssignForm("", version));
		absent(model, "questions",
				new HelpQuestionsForm(String.join("\n",
						trajectory.helpQuestions().stream().map(TrajectoryView.HelpQuestionView::text).toList()),
						version));
		absent(model, "questionProgress",
				new HelpQuestionProgressForm(0, HelpQuestion.Status.IN_PROGRESS, "", version));
		absent(model, "localPartner",
				new LocalPartnerForm((trajectory.aftercare() != null && trajectory.aftercare().localPartner() != null)
						? trajectory.aftercare().localPartner() : "", version));
		absent(model, "consent", new ConsentForm(null, Consent.Capacity.SELF, null, null, today));
		absent(model, "withdrawal", new WithdrawalForm(null, today));
		absent(model, "plan", new PlanForm("", "", Visibility.MUNICIPALITY_AND_LSE));
		absent(model, "agreement", new AgreementForm(planToAgree(trajectory), today, "", version));
		absent(model, "evaluation", new EvaluationForm(today, "", version));
		absent(model, "contact", new ContactForm(today, null, "", "", Visibility.MUNICIPALITY_AND_LSE));
		absent(model, "handover", new HandoverForm(null, "", null, today, version));
		absent(model, "checklist", new ChecklistForm(today, today, today, today, version));
		absent(model, "acceptance", new AcceptanceForm(today, version));
		absent(model, "aftercare", new AftercareForm(null, today.plusMonths(6), null, null, null, version));
		absent(model, "aftercareContact", new AftercareContactForm(today));
		absent(model, "closure", new ClosureForm(null, version));
		absent(model, "commissionWithdrawal", new ClosureForm(null, version));
	}

	/** The newest version the caller can see that is not agreed yet, else the newest. */
	private static int planToAgree(TrajectoryView trajectory) {
		return trajectory.actionPlans()
			.stream()
			.filter((plan) -> plan.agreedOn() == null)
			.mapToInt(TrajectoryView.PlanView::number)
			.max()
			.orElse(trajectory.actionPlans().stream().mapToInt(TrajectoryView.PlanView::number).max().orElse(1));
	}

	private static Map<String, TrajectoryAction> steps() {
		Map<String, TrajectoryAction> steps = new LinkedHashMap<>();
		steps.put("commission", TrajectoryAction.COMMISSION);
		steps.put("intake", TrajectoryAction.START_INTAKE);
		steps.put("planning", TrajectoryAction.START_PLANNING);
		steps.put("support", TrajectoryAction.START_SUPPORT);
		return Collections.unmodifiableMap(steps);
	}

	private static void absent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private static void putIfSet(Map<Handover.Item, LocalDate> done, Handover.Item item, @Nullable LocalDate on) {
		if (on != null) {
			done.put(item, on);
		}
	}

}
