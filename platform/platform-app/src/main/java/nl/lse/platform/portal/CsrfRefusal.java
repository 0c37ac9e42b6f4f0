package nl.lse.platform.portal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form posted without a valid CSRF token almost always comes from a session that ended
 * (idle timeout, logout in another tab): it gets the Dutch expiry page with what was
 * typed, nothing is stored. Any other refusal is the ordinary 403 page.
 */
public class CsrfRefusal implements AccessDeniedHandler {

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		if (refusal instanceof CsrfException && !request.getRequestURI().startsWith("/sessie-verlopen")) {
			request.setAttribute(SessionPages.POSTED_TO, pageOf(request.getRequestURI()));
			request.getRequestDispatcher("/sessie-verlopen").forward(request, response);
			return;
		}
		this.otherwise.handle(request, response, refusal);
	}

	/**
	 * Every form's address also answers GET with the page the form is on; anything else
	 * goes back to the start.
	 */
	private static String pageOf(String postedTo) {
		if (postedTo.matches("/t/gm[0-9]{4}/werk/[^/]+/toewijzing")) {
			return "/central/aanvragen";
		}
		if (postedTo.matches("/t/gm[0-9]{4}/casussen/[^/]+/team/[^/]+/einde")) {
			return postedTo.substring(0, postedTo.indexOf("/team/"));
		}
		return postedTo.startsWith("/t/") || postedTo.startsWith("/central") ? postedTo : "/";
	}

}
