package nl.lse.platform.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The session around the pages: the idle warning's "keep me signed in", and the page that
 * a form posted after the session ended lands on. That page keeps what was typed, so
 * nothing is lost when the user signs in again.
 */
@Controller
class SessionPages {

	/** Request attribute with the address the expired form was posted to. */
	static final String POSTED_TO = SessionPages.class.getName() + ".postedTo";

	/** Any request extends the session; this one does nothing else. */
	@GetMapping("/sessie")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

	@RequestMapping("/sessie-verlopen")
	String expired(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		List<Typed> typed = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!parameter.getKey().startsWith("_")) {
				typed.add(new Typed(parameter.getKey(), String.join("\n", parameter.getValue())));
			}
		}
		Object postedTo = request.getAttribute(POSTED_TO);
		model.addAttribute("typed", typed.stream().filter((field) -> !field.value().isBlank()).toList());
		model.addAttribute("returnTo", (postedTo instanceof String address) ? address : "/");
		return "portal/session-expired";
	}

	/** One field of the expired form, by its name, with what was typed in it. */
	record Typed(String name, String value) {
	}

}
