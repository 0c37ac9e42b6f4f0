package nl.lse.platform.casefile;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.cases.Case;
import nl.lse.platform.cases.CaseAction;
import nl.lse.platform.cases.CaseMember;
import nl.lse.platform.cases.CaseService;
import nl.lse.platform.cases.PersonRole;
import nl.lse.platform.cases.SupportLevel;
import nl.lse.platform.cases.TeamNotices;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.SubjectInput;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.partners.PartnerOrganisation;
import nl.lse.platform.portal.Forms;
import nl.lse.platform.portal.PortalPage;
import nl.lse.platform.trajectories.TrajectoryKind;
import nl.lse.platform.trajectories.TrajectoryService;
import nl.lse.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case list, the case page and the forms on it: a person, a team member, the
 * assessment, a referral. A form with errors comes back on the case page with what was
 * typed; every form address also answers GET with the case page.
 */
@Controller
@PortalPage
class CasePageController {

	private final CaseFiles files;

	private final CaseService cases;

	private final TrajectoryService trajectories;

	private final PartnerAffiliations partners;

	private final TeamNotices notices;

	private final Clock clock;

	CasePageController(CaseFiles files, CaseService cases, TrajectoryService trajectories, PartnerAffiliations partners,
			TeamNotices notices, Clock clock) {
		this.files = files;
		this.notices = notices;
		this.cases = cases;
		this.trajectories = trajectories;
		this.partners = partners;
		this.clock = clock;
	}

	@GetMapping("/t/{tenant}/casussen")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("director", Caller.current().isCaseDirector());
		model.addAttribute("cases",
				PageView.of(this.cases.list(PageView.page(page), 20, Caller.current()), (found) -> found));
		return "cases/list";
	}

	@GetMapping("/t/{tenant}/casussen/nieuw")
	String newCase(Model model) {
		model.addAttribute("opening", new AssessmentForm(null, null, 0L));
		model.addAttribute("levels", SupportLevel.values());
		return "cases/new";
	}

	@PostMapping("/t/{tenant}/casussen/nieuw")
	String open(@PathVariable String tenant, @Valid @ModelAttribute("opening") AssessmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("levels", SupportLevel.values());
			return "cases/new";
		}
		Case opened = this.cases.open(Severity.of(form.severity()), form.supportLevel(), Caller.current());
		redirect.addFlashAttribute("saved", "case.opened");
		return "redirect:/t/" + tenant + "/casussen/" + opened.id();
	}

	@GetMapping({ "/t/{tenant}/casussen/{id}",
			"/t/{tenant}/casussen/{id}/{form:betrokkenen|team|beoordeling|trajecten|sluiten|heropenen}" })
	String show(@PathVariable UUID id, Model model) {
		return page(id, model);
	}

	@PostMapping("/t/{tenant}/casussen/{id}/betrokkenen")
	String addPerson(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("person") PersonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(errors, model, id, redirect, "case.person.added", tenant, () -> this.cases.addPerson(id, form.role(),
				form.name().trim(), form.yearOfBirth(), blank(form.contact()), form.visibility(), Caller.current()));
	}

	@PostMapping("/t/{tenant}/casussen/{id}/team")
	String addMember(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("member") MemberForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(errors, model, id, redirect, "case.member.added", tenant, () -> {
			UUID organisation = null;
			if (form.kind() == CaseMember.Kind.CHAIN_PARTNER) {
				organisation = this.partners.organisationNamed(nonNull(form.organisation()).trim())
					.map(PartnerOrganisation::id)
					.orElseThrow(() -> new RuleViolation("organisation",
							"Deze ketenpartnerorganisatie staat niet in het register."));
			}
			this.cases.addMember(id, form.kind(), java.util.Objects.requireNonNull(form.basis()),
					(organisation == null) ? SubjectInput.ofNullable("subject", blank(form.subject())) : null,
					organisation, form.roleOnCase().trim(), form.reason().trim(), null, Caller.current());
		});
	}

	@PostMapping("/t/{tenant}/casussen/{id}/team/{memberId}/einde")
	String endMember(@PathVariable String tenant, @PathVariable UUID id, @PathVariable UUID memberId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("endError", "case.member.endReason.required");
			return "redirect:/t/" + tenant + "/casussen/" + id + "#team";
		}
		this.cases.endMember(id, memberId, null, reason.trim(), Caller.current());
		redirect.addFlashAttribute("saved", "case.member.ended");
		return "redirect:/t/" + tenant + "/casussen/" + id + "#team";
	}

	@PostMapping("/t/{tenant}/casussen/{id}/beoordeling")
	String reassess(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("assessment") AssessmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(errors, model, id, redirect, "case.reassessed", tenant, () -> this.cases.reassess(id, form.version(),
				Severity.of(form.severity()), form.supportLevel(), Caller.current()));
	}

	@PostMapping("/t/{tenant}/casussen/{id}/trajecten")
	String refer(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("referral") ReferralForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(errors, model, id, redirect, "case.referred", tenant,
				() -> this.trajectories.refer(id, form.kind(), form.selfReferral(), null, Caller.current()));
	}

	@PostMapping("/t/{tenant}/casussen/{id}/sluiten")
	String close(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("closing") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(errors, model, id, redirect, "case.closed", tenant,
				() -> this.cases.close(id, form.version(), form.reason().trim(), Caller.current()));
	}

	@PostMapping("/t/{tenant}/casussen/{id}/heropenen")
	String reopen(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @ModelAttribute("reopening") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(errors, model, id, redirect, "case.reopened", tenant,
				() -> this.cases.reopen(id, form.version(), form.reason().trim(), Caller.current()));
	}

	@GetMapping("/t/{tenant}/casussen/{id}/inzage")
	String accessLog(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("found", this.cases.read(id, Caller.current()).item());
		model.addAttribute("log", this.files.accessLog(id, PageView.page(page), Caller.current()));
		model.addAttribute("zone", this.clock.getZone());
		return "cases/access-log";
	}

	private String act(BindingResult errors, Model model, UUID id, RedirectAttributes redirect, String saved,
			String tenant, Runnable action) {
		if (!errors.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("saved", saved);
				return "redirect:/t/" + tenant + "/casussen/" + id;
			}
			catch (RuleViolation rule) {
				Forms.reject(errors, rule);
			}
			catch (StaleVersion | OptimisticLockingFailureException stale) {
				String view = page(id, model);
				Forms.stale(errors, ((CaseFile) model.getAttribute("file")).found().version(), model);
				return view;
			}
		}
		return page(id, model);
	}

	private String page(UUID id, Model model) {
		Caller caller = Caller.current();
		CaseFile file = this.files.read(id, caller);
		model.addAttribute("file", file);
		Set<String> caseMay = this.cases.allowedActions(new Seen<>(file.found(), file.sight()), caller)
			.stream()
			.map(CaseAction::name)
			.collect(Collectors.toUnmodifiableSet());
		model.addAttribute("caseMay", caseMay);
		// the case director of an open case that LSE still works on: told why it cannot
		// close
		model.addAttribute("closeBlocked",
				caller.isCaseDirector() && file.found().status() == Case.Status.OPEN && !caseMay.contains("CLOSE"));
		if (!model.containsAttribute("closing")) {
			model.addAttribute("closing", new DecisionForm("", file.found().version()));
		}
		if (!model.containsAttribute("reopening")) {
			model.addAttribute("reopening", new DecisionForm("", file.found().version()));
		}
		model.addAttribute("mayReview", CaseFiles.mayReview(caller, file.sight()));
		model.addAttribute("notices", this.notices.ofCase(id));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("roles", PersonRole.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("memberKinds",
				java.util.Arrays.stream(CaseMember.Kind.values())
					.filter((kind) -> kind != CaseMember.Kind.ADVISER)
					.toList());
		model.addAttribute("bases", CaseMember.Basis.values());
		model.addAttribute("levels", SupportLevel.values());
		model.addAttribute("kinds", TrajectoryKind.values());
		if (!model.containsAttribute("person")) {
			model.addAttribute("person", new PersonForm(null, "", null, null, Visibility.MUNICIPALITY_AND_LSE));
		}
		if (!model.containsAttribute("member")) {
			model.addAttribute("member", new MemberForm(null, null, null, "", "", null));
		}
		if (!model.containsAttribute("assessment")) {
			model.addAttribute("assessment", new AssessmentForm(file.found().severity().level(),
					file.found().supportLevel(), file.found().version()));
		}
		if (!model.containsAttribute("referral")) {
			model.addAttribute("referral", new ReferralForm(null, false));
		}
		return "cases/show";
	}

	private static @Nullable String blank(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static String nonNull(@Nullable String text) {
		return (text != null) ? text : "";
	}

	record AssessmentForm(@NotNull @Min(Severity.LOWEST) @Max(Severity.HIGHEST) @Nullable Integer severity,
			@NotNull @Nullable SupportLevel supportLevel, @NotNull @Nullable Long version) {
	}

	record PersonForm(@NotNull @Nullable PersonRole role, @NotBlank @Size(max = 200) String name,
			@Nullable @Min(1900) @Max(2100) Integer yearOfBirth, @Nullable @Size(max = 500) String contact,
			@NotNull @Nullable Visibility visibility) {
	}

	/**
	 * Municipality staff and LSE workers by their account, a chain partner by the name of
	 * its organisation in the registry.
	 */
	record MemberForm(@NotNull CaseMember.@Nullable Kind kind, @Nullable @Size(max = 64) String subject,
			@Nullable @Size(max = 200) String organisation, @NotBlank @Size(max = 100) String roleOnCase,
			@NotBlank @Size(max = 500) String reason, @NotNull CaseMember.@Nullable Basis basis) {
	}

	/**
	 * The case director closes or reopens the case.
	 *
	 * @param reason why
	 * @param version the version of the case the decision is based on
	 */
	record DecisionForm(@NotBlank @Size(max = 2000) String reason, long version) {
	}

	record ReferralForm(@NotNull @Nullable TrajectoryKind kind, boolean selfReferral) {
	}

}
