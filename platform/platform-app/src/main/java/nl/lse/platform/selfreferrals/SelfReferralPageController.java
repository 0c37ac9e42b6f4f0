package nl.lse.platform.selfreferrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.portal.PortalPage;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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
 * The self-referrals page of the central office: record a family that contacted LSE,
 * record the family's decision, and the national figures.
 */
@Controller
@PortalPage
class SelfReferralPageController {

	private static final String PAGE = "redirect:/central/zelfmeldingen";

	private final SelfReferralService referrals;

	private final TenantCatalog catalog;

	private final Clock clock;

	SelfReferralPageController(SelfReferralService referrals, TenantCatalog catalog, Clock clock) {
		this.referrals = referrals;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/central/zelfmeldingen")
	String list(Authentication authentication, Model model) {
		LseAuthentication caller = caller(authentication);
		if (!model.containsAttribute("referral")) {
			model.addAttribute("referral", new SelfReferralForm("", LocalDate.now(this.clock), "", "", null));
		}
		return page(caller, model);
	}

	@PostMapping("/central/zelfmeldingen")
	String register(Authentication authentication, @Valid @ModelAttribute("referral") SelfReferralForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		LseAuthentication caller = caller(authentication);
		if (errors.hasErrors()) {
			return page(caller, model);
		}
		try {
			this.referrals.register(new SelfReferralService.Registration(form.municipality(), form.receivedOn(),
					form.contactName(), form.contactDetails(), form.note()), caller);
		}
		catch (RuleViolation ex) {
			errors.rejectValue(ex.field(), "rule", ex.getMessage());
			return page(caller, model);
		}
		redirect.addFlashAttribute("saved", "selfReferrals.saved");
		return PAGE;
	}

	@PostMapping("/central/zelfmeldingen/{id}/instemming")
	String agree(Authentication authentication, @PathVariable UUID id, @RequestParam long version,
			RedirectAttributes redirect) {
		return decide(() -> this.referrals.agree(id, version, caller(authentication)), "selfReferrals.moved", redirect);
	}

	@PostMapping("/central/zelfmeldingen/{id}/weigering")
	String refuse(Authentication authentication, @PathVariable UUID id, @RequestParam long version,
			RedirectAttributes redirect) {
		return decide(() -> this.referrals.refuse(id, version, caller(authentication)), "selfReferrals.refused",
				redirect);
	}

	private String decide(Runnable decision, String done, RedirectAttributes redirect) {
		try {
			decision.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		catch (StaleVersion | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "selfReferrals.stale");
		}
		return PAGE;
	}

	private String page(LseAuthentication caller, Model model) {
		model.addAttribute("referrals", this.referrals.list(caller));
		model.addAttribute("figures", this.referrals.figures(caller));
		List<Tenant> municipalities = this.catalog.municipalities();
		model.addAttribute("municipalities",
				municipalities.stream().filter((tenant) -> tenant.status() == TenantStatus.ACTIVE).toList());
		model.addAttribute("names",
				municipalities.stream().collect(Collectors.toMap((tenant) -> tenant.id().code(), Tenant::name)));
		return "selfreferrals/list";
	}

	private static LseAuthentication caller(Authentication authentication) {
		return LseAuthentication.of(authentication)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The form; what was typed comes back on an error. */
	record SelfReferralForm(@NotBlank String municipality,
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
			@NotBlank @Size(max = 200) String contactName, @NotBlank @Size(max = 200) String contactDetails,
			@Nullable @Size(max = 1000) String note) {
	}

}
