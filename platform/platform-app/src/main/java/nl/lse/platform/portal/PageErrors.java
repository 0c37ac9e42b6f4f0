package nl.lse.platform.portal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.web.DatabaseRefusal;
import nl.lse.platform.web.Denials;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals of the portal as the Dutch error pages ({@code templates/error/...}). A record
 * the caller may not know of, a malformed id and an unknown address all give the same
 * not-found page; the denial is on record first. Rules a form can show next to its fields
 * are handled by the form's controller; what reaches this class is shown as a page.
 */
@ControllerAdvice(annotations = PortalPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Log logger = LogFactory.getLog(PageErrors.class);

	private final Denials denials;

	PageErrors(Denials denials) {
		this.denials = denials;
	}

	@ExceptionHandler(NotFound.class)
	void notFound(NotFound ex, HttpServletResponse response) throws IOException {
		response.sendError(this.denials.record(ex.denial()) ? HttpServletResponse.SC_NOT_FOUND
				: HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler(NotAllowed.class)
	void notAllowed(NotAllowed ex, HttpServletResponse response) throws IOException {
		response.sendError(this.denials.record(ex.denial()) ? HttpServletResponse.SC_FORBIDDEN
				: HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/** An id that cannot be one is an address that does not exist. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void malformed(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler({ StaleVersion.class, OptimisticLockingFailureException.class, DuplicateKeyException.class })
	void stale(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

	@ExceptionHandler(RuleViolation.class)
	void rule(RuleViolation ex, HttpServletResponse response) throws IOException {
		logger.info("A rule refused a portal request outside a form: " + ex.field());
		response.sendError(422);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	void refusedByTheDatabase(DataIntegrityViolationException ex, HttpServletResponse response) throws IOException {
		logger.info("Portal input refused by the database: " + DatabaseRefusal.describe(ex));
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
