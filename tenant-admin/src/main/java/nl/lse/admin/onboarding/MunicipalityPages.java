package nl.lse.admin.onboarding;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages of LSE beheer for municipalities: the list, the onboarding form and the
 * progress of one onboarding, step by step, refreshed while it runs.
 */
@Controller
class MunicipalityPages {

	private final Municipalities municipalities;

	private final Validator validator;

	private final BulkOnboarding bulk;

	MunicipalityPages(Municipalities municipalities, Validator validator, BulkOnboarding bulk) {
		this.municipalities = municipalities;
		this.validator = validator;
		this.bulk = bulk;
	}

	@GetMapping("/gemeenten/bestand")
	String bulkForm() {
		return "bulk";
	}

	@PostMapping("/gemeenten/bestand")
	String bulk(@RequestParam("bestand") MultipartFile file, Authentication caller, Model model)
			throws java.io.IOException {
		if (file.isEmpty()) {
			model.addAttribute("problem", "Kies een CSV-bestand met minstens een gemeente.");
			return "bulk";
		}
		if (file.getSize() > BulkOnboarding.MAX_BYTES) {
			model.addAttribute("problem", "Het bestand is te groot (hoogstens 1 MB).");
			return "bulk";
		}
		model.addAttribute("results",
				this.bulk.submit(new java.io.StringReader(BulkOnboarding.text(file.getBytes())), caller.getName()));
		return "bulk";
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
		model.addAttribute("onboardingForm", new OnboardingForm());
		return "onboard";
	}

	@PostMapping("/gemeenten")
	String onboard(@ModelAttribute("onboardingForm") OnboardingForm form, BindingResult errors, Authentication caller) {
		MunicipalityRequest request = form.toRequest();
		if (form.years() == null && !form.getRetentionYears().isBlank()) {
			errors.rejectValue("retentionYears", "typeMismatch",
					"De bewaartermijn is een aantal jaren, bijvoorbeeld 7.");
		}
		for (ConstraintViolation<MunicipalityRequest> violation : this.validator.validate(request)) {
			String field = violation.getPropertyPath().toString();
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "invalid", violation.getMessage());
			}
		}
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
		MunicipalityView municipality = this.municipalities.progress(code).orElseThrow(MunicipalityPages::notFound);
		model.addAttribute("municipality", municipality);
		// the page follows the steps while they run, without a script
		model.addAttribute("refresh", municipality.working());
		return "progress";
	}

	@PostMapping("/gemeenten/{code}/opnieuw")
	String retry(@PathVariable String code, Authentication caller) {
		this.municipalities.retry(code, caller.getName()).orElseThrow(MunicipalityPages::notFound);
		return "redirect:/gemeenten/" + code;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
				"Er is geen onboarding van deze gemeente.");
	}

}
