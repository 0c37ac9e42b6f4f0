package nl.lse.platform.consultations;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.lse.platform.consultations.ConsultationController.ConsultationView;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.portal.Forms;
import nl.lse.platform.portal.PortalPage;
import nl.lse.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultation pages: the list, a general question to LSE, one consultation with
 * taking it up, the advice and closing it.
 */
@Controller
@PortalPage
class ConsultationPageController {

	private static final String PAGE = "/t/{tenant}/consultaties/{id}";

	private final ConsultationService consultations;

	private final Clock clock;

	ConsultationPageController(ConsultationService consultations, Clock clock) {
		this.consultations = consultations;
		this.clock = clock;
	}

	@GetMapping("/t/{tenant}/consultaties")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Caller caller = Caller.current();
		model.addAttribute("consultations", PageView.of(this.consultations.list(PageView.page(page), 20, caller),
				(found) -> ConsultationView.of(found, this.consultations.showsCase(found, caller))));
		model.addAttribute("zone", this.clock.getZone());
		return "consultations/list";
	}

	@GetMapping("/t/{tenant}/consultaties/nieuw")
	String newQuestion(Model model) {
		model.addAttribute("question", new QuestionForm(""));
		return "consultations/new";
	}

	@PostMapping("/t/{tenant}/consultaties/nieuw")
	String ask(@PathVariable String tenant, @Valid @ModelAttribute("question") QuestionForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "consultations/new";
		}
		try {
			Consultation asked = this.consultations.request(null, form.question().trim(), Caller.current());
			redirect.addFlashAttribute("saved", "consultation.requested");
			return "redirect:/t/" + tenant + "/consultaties/" + asked.id();
		}
		catch (RuleViolation rule) {
			Forms.reject(errors, rule);
			return "consultations/new";
		}
	}

	@GetMapping({ PAGE, PAGE + "/{form:stap|advies}" })
	String show(@PathVariable UUID id, Model model) {
		return page(id, model);
	}

	@PostMapping(PAGE + "/stap")
	String step(@PathVariable String tenant, @PathVariable UUID id, @RequestParam String step,
			@RequestParam long version, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		if ("take".equals(step)) {
			this.consultations.take(id, version, caller);
		}
		else if ("close".equals(step)) {
			this.consultations.close(id, version, caller);
		}
		else {
			// only the page's own two buttons post here: anything else is no step at all
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("saved", "consultation.saved");
		return "redirect:/t/" + tenant + "/consultaties/" + id;
	}

	@PostMapping(PAGE + "/advies")
	String advise(@PathVariable String tenant, @PathVariable UUID id, @Valid @ModelAttribute("advice") AdviceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.consultations.advise(id, form.version(), form.advice().trim(), Caller.current());
				redirect.addFlashAttribute("saved", "consultation.saved");
				return "redirect:/t/" + tenant + "/consultaties/" + id;
			}
			catch (RuleViolation rule) {
				Forms.reject(errors, rule);
			}
			catch (StaleVersion | OptimisticLockingFailureException stale) {
				String view = page(id, model);
				Forms.stale(errors, ((ConsultationView) model.getAttribute("consultation")).version(), model);
				return view;
			}
		}
		return page(id, model);
	}

	private String page(UUID id, Model model) {
		Caller caller = Caller.current();
		Consultation found = this.consultations.read(id, caller);
		model.addAttribute("consultation", ConsultationView.of(found, this.consultations.showsCase(found, caller)));
		model.addAttribute("may",
				found.allowedActions(caller)
					.stream()
					.map(ConsultationAction::name)
					.collect(Collectors.toUnmodifiableSet()));
		model.addAttribute("zone", this.clock.getZone());
		if (!model.containsAttribute("advice")) {
			model.addAttribute("advice", new AdviceForm("", found.version()));
		}
		return "consultations/show";
	}

	record QuestionForm(@NotBlank @Size(max = 4000) String question) {
	}

	record AdviceForm(@NotBlank @Size(max = 8000) String advice, @NotNull @Nullable Long version) {
	}

}
