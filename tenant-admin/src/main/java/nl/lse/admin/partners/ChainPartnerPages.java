package nl.lse.admin.partners;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.lse.admin.identity.NotAMunicipalAccount;
import nl.lse.platform.partners.PartnerOrganisation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages for chain partners: the registry ({@code /partners}) and, per municipality,
 * the organisations it works with and the form that invites one of their people.
 */
@Controller
class ChainPartnerPages {

	/** The kinds in Dutch, as the forms offer them. */
	static final Map<String, String> KINDS = kinds();

	private final ChainPartners partners;

	private final Validator validator;

	ChainPartnerPages(ChainPartners partners, Validator validator) {
		this.partners = partners;
		this.validator = validator;
	}

	@GetMapping("/partners")
	String registry(Model model) {
		model.addAttribute("partners", this.partners.registry());
		model.addAttribute("kinds", KINDS);
		model.addAttribute("errors", Map.of());
		return "partners";
	}

	@PostMapping("/partners")
	String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
			Authentication caller, Model model, RedirectAttributes redirect) {
		NewPartner partner = new NewPartner(name, KINDS.containsKey(kind) ? PartnerKind.valueOf(kind) : null);
		Map<String, String> errors = errors(this.validator.validate(partner));
		if (!errors.isEmpty()) {
			model.addAttribute("partners", this.partners.registry());
			model.addAttribute("kinds", KINDS);
			model.addAttribute("errors", errors);
			model.addAttribute("name", name);
			return "partners";
		}
		this.partners.register(partner, caller.getName());
		redirect.addFlashAttribute("done", partner.name() + " staat in het register.");
		return "redirect:/partners";
	}

	@GetMapping("/gemeenten/{code}/partners")
	String municipality(@PathVariable String code, Model model) {
		show(code, model, Map.of());
		return "municipality-partners";
	}

	@PostMapping("/gemeenten/{code}/partners")
	String link(@PathVariable String code, @RequestParam(defaultValue = "") String organisation, Authentication caller,
			RedirectAttributes redirect) {
		if (!this.partners.link(code, uuid(organisation), caller.getName())) {
			throw notFound();
		}
		redirect.addFlashAttribute("done", "De organisatie is aan de gemeente gekoppeld.");
		return "redirect:/gemeenten/" + code + "/partners";
	}

	@PostMapping("/gemeenten/{code}/partners/uitnodigen")
	String invite(@PathVariable String code, @RequestParam(defaultValue = "") String organisation,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String since, Authentication caller, Model model,
			RedirectAttributes redirect) {
		LocalDate from = null;
		Map<String, String> errors = new LinkedHashMap<>();
		if (!since.isBlank()) {
			try {
				from = LocalDate.parse(since.trim());
			}
			catch (DateTimeParseException ex) {
				errors.put("since", "Vul de datum in als jjjj-mm-dd, bijvoorbeeld 2026-12-01.");
			}
		}
		PartnerUser user = new PartnerUser(name, email, from);
		errors.putAll(errors(this.validator.validate(user)));
		if (!errors.isEmpty()) {
			show(code, model, errors);
			model.addAttribute("name", name);
			model.addAttribute("email", email);
			model.addAttribute("since", since);
			return "municipality-partners";
		}
		try {
			this.partners.invite(code, uuid(organisation), user, caller.getName())
				.orElseThrow(ChainPartnerPages::notFound);
		}
		catch (NotLinked ex) {
			show(code, model, Map.of("organisation", ex.getMessage()));
			return "municipality-partners";
		}
		catch (NotAMunicipalAccount ex) {
			show(code, model, Map.of("email", ex.getMessage()));
			model.addAttribute("name", name);
			model.addAttribute("email", email);
			model.addAttribute("since", since);
			return "municipality-partners";
		}
		redirect.addFlashAttribute("done", user.email() + " is uitgenodigd.");
		return "redirect:/gemeenten/" + code + "/partners";
	}

	private void show(String code, Model model, Map<String, String> errors) {
		List<PartnerOrganisation> linked = this.partners.linked(code).orElseThrow(ChainPartnerPages::notFound);
		model.addAttribute("code", code);
		model.addAttribute("linked", linked);
		model.addAttribute("registry", this.partners.registry());
		model.addAttribute("kinds", KINDS);
		model.addAttribute("errors", errors);
	}

	private static <T> Map<String, String> errors(java.util.Set<ConstraintViolation<T>> violations) {
		Map<String, String> errors = new LinkedHashMap<>();
		violations
			.forEach((violation) -> errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
		return errors;
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Deze gemeente of organisatie bestaat niet.");
	}

	private static Map<String, String> kinds() {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("POLICE", "Politie");
		kinds.put("YOUTH_CARE", "Jeugdzorg");
		kinds.put("MENTAL_HEALTH", "GGZ");
		kinds.put("PROBATION", "Reclassering");
		kinds.put("SCHOOL", "Onderwijs");
		kinds.put("SAFETY_HOUSE", "Zorg- en Veiligheidshuis");
		kinds.put("SOCIAL_TEAM", "Sociaal team");
		kinds.put("OTHER", "Anders");
		return java.util.Collections.unmodifiableMap(kinds);
	}

}
