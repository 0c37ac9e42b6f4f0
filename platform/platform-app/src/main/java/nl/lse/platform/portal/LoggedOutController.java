package nl.lse.platform.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page after logout, open to anyone: there is no session any more. */
@Controller
class LoggedOutController {

	@GetMapping("/uitgelogd")
	String loggedOut() {
		return "portal/logged-out";
	}

}
