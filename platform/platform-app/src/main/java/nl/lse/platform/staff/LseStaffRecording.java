package nl.lse.platform.staff;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.lse.platform.identity.LseAuthentication;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records an LSE worker as seen on their requests (portal and API alike), after the
 * security chain authenticated them. A failure to record never fails the request.
 */
@Component
class LseStaffRecording extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(LseStaffRecording.class);

	private final LseStaff staff;

	LseStaffRecording(LseStaff staff) {
		this.staff = staff;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LseAuthentication.of(SecurityContextHolder.getContext().getAuthentication()).ifPresent((caller) -> {
			try {
				this.staff.seen(caller);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not record LSE worker " + caller.subject() + " as seen", ex);
			}
		});
		chain.doFilter(request, response);
	}

}
