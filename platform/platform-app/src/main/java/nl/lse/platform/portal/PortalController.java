package nl.lse.platform.portal;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Start pages of the portal. */
@Controller
class PortalController {

	private final TenantDirectory directory;

	private final PartnerAffiliations affiliations;

	private final boolean demo;

	PortalController(TenantDirectory directory, PartnerAffiliations affiliations,
			@Value("${lse.demo.banner:false}") boolean demo) {
		this.directory = directory;
		this.affiliations = affiliations;
		this.demo = demo;
	}

	/**
	 * A member of one or more municipalities lands in the first; LSE staff on the
	 * overview.
	 */
	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		return caller.memberTenants()
			.stream()
			.filter(caller::mayEnter)
			.findFirst()
			.map((tenant) -> "redirect:/t/" + tenant.code() + "/")
			.orElseGet(() -> {
				model.addAttribute("caller", caller);
				model.addAttribute("demo", this.demo);
				return "portal/home";
			});
	}

	@GetMapping("/t/{tenant}/")
	String tenantStart(Authentication authentication, Model model) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		TenantId entered = TenantContext.current().orElseThrow();
		Tenant tenant = this.directory.find(entered).orElseThrow();
		model.addAttribute("caller", caller);
		model.addAttribute("tenant", tenant);
		model.addAttribute("partner", this.affiliations.current(entered, caller.subject()).orElse(null));
		model.addAttribute("otherTenants", caller.memberTenants().stream().filter((t) -> !t.equals(entered)).toList());
		model.addAttribute("demo", this.demo);
		return "portal/tenant-start";
	}

	@GetMapping("/uitgelogd")
	String loggedOut() {
		return "portal/logged-out";
	}

}
