package nl.lse.admin.users;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.lse.admin.identity.NotAMunicipalAccount;

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
 * {@code /gemeenten/{code}/gebruikers}: a municipality's users with their roles, a form
 * to add a case director or staff member, and a button to take someone out.
 */
@Controller
class MunicipalUserPages {

	private final MunicipalUsers users;

	private final Validator validator;

	MunicipalUserPages(MunicipalUsers users, Validator validator) {
		this.users = users;
		this.validator = validator;
	}

	@GetMapping("/gemeenten/{code}/gebruikers")
	String page(@PathVariable String code, Model model) {
		show(code, model, Map.of(), "", "", "MUNICIPALITY_STAFF");
		return "users";
	}

	@PostMapping("/gemeenten/{code}/gebruikers")
	String add(@PathVariable String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
			Authentication caller, Model model, RedirectAttributes redirect) {
		MunicipalRole chosen = Set.of("CASE_DIRECTOR", "MUNICIPALITY_STAFF").contains(role)
				? MunicipalRole.valueOf(role) : null;
		NewMunicipalUser user = new NewMunicipalUser(name, email, chosen);
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		for (ConstraintViolation<NewMunicipalUser> violation : this.validator.validate(user)) {
			errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
		}
		if (!errors.isEmpty()) {
			show(code, model, errors, name, email, role);
			return "users";
		}
		try {
			this.users.add(code, user, caller.getName()).orElseThrow(MunicipalUserPages::notFound);
		}
		catch (NotAMunicipalAccount ex) {
			show(code, model, Map.of("email", ex.getMessage()), name, email, role);
			return "users";
		}
		redirect.addFlashAttribute("done", user.email() + " is toegevoegd.");
		return "redirect:/gemeenten/" + code + "/gebruikers";
	}

	@PostMapping("/gemeenten/{code}/gebruikers/{userId}/verwijderen")
	String remove(@PathVariable String code, @PathVariable String userId, Authentication caller,
			RedirectAttributes redirect) {
		if (!this.users.remove(code, userId, caller.getName())) {
			throw notFound();
		}
		redirect.addFlashAttribute("done", "De gebruiker is uit de gemeente gehaald; de toegang is meteen weg.");
		return "redirect:/gemeenten/" + code + "/gebruikers";
	}

	private void show(String code, Model model, Map<String, String> errors, String name, String email, String role) {
		List<MunicipalUser> list = this.users.list(code).orElseThrow(MunicipalUserPages::notFound);
		model.addAttribute("code", code);
		model.addAttribute("users", list);
		model.addAttribute("errors", errors);
		model.addAttribute("name", name);
		model.addAttribute("email", email);
		model.addAttribute("role", role);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Deze gemeente of gebruiker bestaat niet.");
	}

}
