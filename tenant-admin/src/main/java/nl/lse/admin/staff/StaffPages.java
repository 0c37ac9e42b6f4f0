package nl.lse.admin.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /medewerkers}: LSE's staff directory, the form to ask for someone to hold an
 * LSE-wide role, and the open requests, which another administrator approves (carried out
 * with that administrator's own Keycloak token, from their session) or rejects.
 */
@Controller
class StaffPages {

	private final StaffDirectory directory;

	private final StaffRequests requests;

	private final Validator validator;

	StaffPages(StaffDirectory directory, StaffRequests requests, Validator validator) {
		this.directory = directory;
		this.requests = requests;
		this.validator = validator;
	}

	@GetMapping("/medewerkers")
	String page(Model model) {
		return show(model, Map.of(), new StaffRequestForm("", "", "lse-worker", ""));
	}

	@PostMapping("/medewerkers/verzoeken")
	String request(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String team,
			Authentication caller, Model model, RedirectAttributes redirect) {
		StaffRequestForm form = new StaffRequestForm(name.trim(), email.trim(), role,
				team.isBlank() ? null : team.trim());
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<StaffRequestForm> violation : this.validator.validate(form)) {
			errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
		}
		if (!errors.isEmpty()) {
			return show(model, errors, form);
		}
		this.requests.request(form.toNewStaff(), caller.getName());
		redirect.addFlashAttribute("done",
				"Het verzoek voor " + form.email() + " staat open; een andere beheerder moet het goedkeuren.");
		return "redirect:/medewerkers";
	}

	@PostMapping("/medewerkers/verzoeken/{id}/goedkeuren")
	String approve(@PathVariable UUID id, Authentication caller,
			@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient session, RedirectAttributes redirect) {
		try {
			StaffRequests.StaffRequest done = this.requests.approve(id, caller.getName(),
					session.getAccessToken().getTokenValue());
			redirect.addFlashAttribute("done",
					"APPROVED".equals(done.state())
							? done.email() + " is " + label(done.role())
									+ " bij LSE; de uitnodiging gaat naar dat adres."
							: "Goedkeuren is mislukt: " + done.detail());
		}
		catch (StaffRequests.SameAdministrator | StaffRequests.NotPending ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/medewerkers";
	}

	@PostMapping("/medewerkers/verzoeken/{id}/afwijzen")
	String reject(@PathVariable UUID id, Authentication caller, RedirectAttributes redirect) {
		try {
			StaffRequests.StaffRequest done = this.requests.reject(id, caller.getName());
			redirect.addFlashAttribute("done", "Het verzoek voor " + done.email() + " is afgewezen.");
		}
		catch (StaffRequests.SameAdministrator | StaffRequests.NotPending ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/medewerkers";
	}

	private String show(Model model, Map<String, String> errors, StaffRequestForm form) {
		model.addAttribute("staff", this.directory.staff());
		model.addAttribute("pending", this.requests.pending());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("roles", ROLES);
		return "staff";
	}

	static String label(String role) {
		return ROLES.getOrDefault(role, role);
	}

	/** The LSE-wide roles as the page names them. */
	static final Map<String, String> ROLES = Map.of("lse-worker", "medewerker (gezinsondersteuner)", "lse-coordinator",
			"coördinator", "lse-management", "management", "lse-admin", "beheerder");

}
