package nl.lse.platform.portal;

import nl.lse.platform.identity.LseAuthentication;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's entry: where a signed-in user lands, the tenant switcher, logged out. */
@Controller
@PortalPage
class PortalController {

	/**
	 * A member of one or more municipalities lands in the first; LSE staff on the
	 * overview.
	 */
	@GetMapping("/")
	String home(Authentication authentication) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		return caller.memberTenants()
			.stream()
			.filter(caller::mayEnter)
			.findFirst()
			.map((tenant) -> "redirect:/t/" + tenant.code() + "/")
			.orElse("portal/home");
	}

	/** The tenant switcher of the page header. */
	@GetMapping("/gemeente")
	String switchTenant(@RequestParam(defaultValue = "") String code) {
		return code.matches("gm[0-9]{4}") ? "redirect:/t/" + code + "/" : "redirect:/";
	}

}
