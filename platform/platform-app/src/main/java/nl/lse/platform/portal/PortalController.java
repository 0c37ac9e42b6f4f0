package nl.lse.platform.portal;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;

import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's entry: where a signed-in user lands, the tenant switcher, logged out. */
@Controller
@PortalPage
class PortalController {

	private final String adminUrl;

	/**
	 * @param adminUrl where LSE beheer (tenant-admin) is reached; empty when it is not
	 */
	PortalController(@Value("${lse.portal.admin-url:}") String adminUrl) {
		this.adminUrl = adminUrl;
	}

	/**
	 * A member of one or more municipalities lands in the first; an LSE administrator in
	 * LSE beheer; LSE management on the reports; other LSE staff on the start page with
	 * the overview.
	 */
	@GetMapping("/")
	String home(Authentication authentication) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		return caller.memberTenants()
			.stream()
			.filter(caller::mayEnter)
			.findFirst()
			.map((tenant) -> "redirect:/t/" + tenant.code() + "/")
			.orElseGet(() -> (caller.has(LseRole.LSE_ADMIN) && !this.adminUrl.isBlank())
					? "redirect:" + this.adminUrl + "/"
					: caller.has(LseRole.LSE_MANAGEMENT) ? "redirect:/reports" : "portal/home");
	}

	/** The tenant switcher of the page header. */
	@GetMapping("/gemeente")
	String switchTenant(@RequestParam(defaultValue = "") String code) {
		return code.matches("gm[0-9]{4}") ? "redirect:/t/" + code + "/" : "redirect:/";
	}

}
