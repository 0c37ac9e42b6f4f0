package nl.lse.platform.users;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.portal.PortalPage;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /t/{tenant}/gebruikers}, for the municipality's case directors only: who works
 * here, a form to add a case director or staff member, a button to take someone out, and
 * the latest requests with how tenant-admin carried them out.
 */
@Controller
@PortalPage
class MunicipalUserPageController {

	static final List<String> ROLES = List.of("MUNICIPALITY_STAFF", "CASE_DIRECTOR");

	private final MunicipalUserRequests requests;

	MunicipalUserPageController(MunicipalUserRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/t/{tenant}/gebruikers")
	String page(Model model) {
		caseDirector();
		model.addAttribute("user", new UserForm("", "", "MUNICIPALITY_STAFF"));
		return show(model);
	}

	@PostMapping("/t/{tenant}/gebruikers")
	String add(@PathVariable String tenant, @Valid @ModelAttribute("user") UserForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Caller caller = caseDirector();
		if (errors.hasErrors()) {
			return show(model);
		}
		this.requests.add(tenant(), caller, form.name().trim(), form.email().trim(), form.role());
		redirect.addFlashAttribute("saved", "users.requested");
		return "redirect:/t/" + tenant + "/gebruikers";
	}

	@PostMapping("/t/{tenant}/gebruikers/{userId}/verwijderen")
	String remove(@PathVariable String tenant, @PathVariable String userId, RedirectAttributes redirect) {
		Caller caller = caseDirector();
		try {
			this.requests.remove(tenant(), caller, userId);
			redirect.addFlashAttribute("saved", "users.removeRequested");
		}
		catch (MunicipalUserRequests.RemovingYourself ex) {
			redirect.addFlashAttribute("refused", "users.notYourself");
		}
		return "redirect:/t/" + tenant + "/gebruikers";
	}

	private String show(Model model) {
		TenantId tenant = tenant();
		model.addAttribute("users", this.requests.users(tenant));
		model.addAttribute("requests", this.requests.recent(tenant));
		model.addAttribute("roles", ROLES);
		return "users/list";
	}

	private static Caller caseDirector() {
		Caller caller = Caller.current();
		caller.requireCaseDirector(AuditEvent.refused(AuditObject.MUNICIPAL_USER, null, null));
		return caller;
	}

	private static TenantId tenant() {
		return TenantContext.current().orElseThrow();
	}

	/** Someone to add: name, e-mail address and role in the municipality. */
	record UserForm(@NotBlank @Size(max = 200) @Nullable String name,
			@NotBlank @Email @Size(max = 254) @Nullable String email,
			@NotNull @Pattern(regexp = "MUNICIPALITY_STAFF|CASE_DIRECTOR") @Nullable String role) {
	}

}
