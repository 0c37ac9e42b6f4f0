package nl.lse.platform.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.cases.SupportLevel;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.portal.Forms;
import nl.lse.platform.portal.PortalPage;
import nl.lse.platform.trajectories.TrajectoryKind;
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

/** The signal pages: register a signal, the list, one signal and its triage. */
@Controller
@PortalPage
class SignalPageController {

	private final SignalService signals;

	private final Clock clock;

	SignalPageController(SignalService signals, Clock clock) {
		this.signals = signals;
		this.clock = clock;
	}

	@GetMapping("/t/{tenant}/signalen")
	String list(@RequestParam(defaultValue = "NEW") Signal.Status status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", Signal.Status.values());
		model.addAttribute("signals",
				PageView.of(this.signals.list(status, PageView.page(page), 20, Caller.current()), (signal) -> signal));
		return "signals/list";
	}

	@GetMapping("/t/{tenant}/signalen/nieuw")
	String newSignal(Model model) {
		model.addAttribute("signal", new SignalForm(LocalDate.now(this.clock), "", null));
		return form(model);
	}

	@PostMapping("/t/{tenant}/signalen/nieuw")
	String register(@PathVariable String tenant, @Valid @ModelAttribute("signal") SignalForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model);
		}
		Signal signal = this.signals.register(form.receivedOn(), form.description().trim(), form.source(), List.of(),
				Caller.current());
		redirect.addFlashAttribute("saved", "signal.registered");
		return "redirect:/t/" + tenant + "/signalen/" + signal.id();
	}

	@GetMapping("/t/{tenant}/signalen/{id}")
	String show(@PathVariable UUID id, Model model) {
		Signal signal = this.signals.read(id, Caller.current());
		if (!model.containsAttribute("triage")) {
			model.addAttribute("triage", new TriageForm(null, null, null, null, null, null, signal.version()));
		}
		return page(signal, model);
	}

	@PostMapping("/t/{tenant}/signalen/{id}")
	String triage(@PathVariable String tenant, @PathVariable UUID id, @Valid @ModelAttribute("triage") TriageForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Signal triaged = this.signals.triage(id, form.version(), form.triage(), Caller.current());
				redirect.addFlashAttribute("saved", "signal.triaged");
				return (triaged.caseId() != null) ? "redirect:/t/" + tenant + "/casussen/" + triaged.caseId()
						: "redirect:/t/" + tenant + "/signalen/" + id;
			}
			catch (RuleViolation rule) {
				Forms.reject(errors, rule);
			}
			catch (StaleVersion | OptimisticLockingFailureException stale) {
				Signal current = this.signals.read(id, Caller.current());
				Forms.stale(errors, current.version(), model);
				return page(current, model);
			}
		}
		return page(this.signals.read(id, Caller.current()), model);
	}

	private String page(Signal signal, Model model) {
		model.addAttribute("signal", signal);
		model.addAttribute("director", Caller.current().isCaseDirector());
		model.addAttribute("mayTriage", signal.mayBeTriagedBy(Caller.current()));
		model.addAttribute("decisions", Triage.Decision.values());
		model.addAttribute("levels", SupportLevel.values());
		model.addAttribute("kinds", TrajectoryKind.values());
		return "signals/show";
	}

	private static String form(Model model) {
		model.addAttribute("sources", Signal.Source.values());
		return "signals/new";
	}

	/** What a new signal needs; the date is today until changed. */
	record SignalForm(@NotNull @PastOrPresent @Nullable LocalDate receivedOn,
			@NotBlank @Size(max = 4000) String description, @NotNull Signal.@Nullable Source source) {
	}

	/** The case director's triage; a new case gets the severity and support level. */
	record TriageForm(@NotNull Triage.@Nullable Decision decision, @Nullable @Size(max = 2000) String reason,
			@Nullable @Min(Severity.LOWEST) @Max(Severity.HIGHEST) Integer severity,
			@Nullable SupportLevel supportLevel, @Nullable @Size(max = 4000) String question,
			@Nullable TrajectoryKind trajectoryKind, @NotNull @Nullable Long version) {

		Triage triage() {
			return new Triage(this.decision, blank(this.reason), null, this.severity, this.supportLevel,
					blank(this.question), this.trajectoryKind, null);
		}

		private static @Nullable String blank(@Nullable String text) {
			return (text == null || text.isBlank()) ? null : text.trim();
		}

	}

}
