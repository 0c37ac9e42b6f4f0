package nl.lse.admin.onboarding;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages of LSE beheer for municipalities: the list, the onboarding form and the
 * progress of one onboarding, step by step, refreshed while it runs.
 */
@Controller
class MunicipalityPages {

	private final Municipalities municipalities;

	MunicipalityPages(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	@GetMapping("/")
	String start() {
		return "redirect:/gemeenten";
	}

	@GetMapping("/gemeenten")
	String list(Model model) {
		model.addAttribute("municipalities", this.municipalities.all());
		return "municipalities";
	}

	@GetMapping("/gemeenten/nieuw")
	String form(Model model) {
		model.addAttribute("request", new MunicipalityRequest("", "", 7, "", ""));
		return "onboard";
	}

	@PostMapping("/gemeenten")
	String onboard(@Valid @ModelAttribute("request") MunicipalityRequest request, BindingResult errors,
			Authentication caller) {
		if (errors.hasErrors()) {
			return "onboard";
		}
		try {
			return "redirect:/gemeenten/" + this.municipalities.start(request, caller.getName()).code();
		}
		catch (OnboardingConflict ex) {
			errors.rejectValue("code", "conflict", ex.getMessage());
			return "onboard";
		}
	}

	@GetMapping("/gemeenten/{code}")
	String progress(@PathVariable String code, Model model) {
		MunicipalityView municipality = this.municipalities.find(code).orElseThrow(MunicipalityPages::notFound);
		model.addAttribute("municipality", municipality);
		// the page follows the steps while they run, without a script
		model.addAttribute("refresh", municipality.working());
		return "progress";
	}

	@PostMapping("/gemeenten/{code}/opnieuw")
	String retry(@PathVariable String code) {
		this.municipalities.retry(code).orElseThrow(MunicipalityPages::notFound);
		return "redirect:/gemeenten/" + code;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
				"Er is geen onboarding van deze gemeente.");
	}

}
