package nl.lse.platform.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	SessionPages(MessageSource messages) {
		this.messages = messages;
	}

	/** Request attribute with the address the expired form was posted to. */
	static final String POSTED_TO = SessionPages.class.getName() + ".postedTo";

	/** Any request extends the session; this one does nothing else. */
	@GetMapping("/sessie")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

	/**
	 * Only a form the portal forwarded here shows what was typed, and only its known
	 * fields: the page cannot be made to show text of someone else's choosing by a link.
	 */
	@RequestMapping("/sessie-verlopen")
	String expired(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		List<Typed> typed = new ArrayList<>();
		Object postedTo = request.getAttribute(POSTED_TO);
		if (postedTo != null) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				String label = this.messages.getMessage("field." + parameter.getKey(), null, null, locale);
				String value = String.join("\n", parameter.getValue());
				if (label != null && !value.isBlank()) {
					typed.add(new Typed(label, value));
				}
			}
		}
		model.addAttribute("typed", typed);
		model.addAttribute("returnTo", (postedTo instanceof String address) ? address : "/");
		return "portal/session-expired";
	}

	/** One field of the expired form, by its label, with what was typed in it. */
	record Typed(String label, String value) {
	}

}
