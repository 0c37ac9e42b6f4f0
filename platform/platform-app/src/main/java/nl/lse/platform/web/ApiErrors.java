package nl.lse.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the API as a ProblemDetail in Dutch that names the field to fix; a
 * record the caller may not know of is the same 404 as any unknown address.
 */
@RestControllerAdvice
class ApiErrors {

	private static final Log logger = LogFactory.getLog(ApiErrors.class);

	private final Denials denials;

	ApiErrors(Denials denials) {
		this.denials = denials;
	}

	@ExceptionHandler(NotFound.class)
	void notFound(NotFound ex, HttpServletResponse response) throws IOException {
		response.sendError(this.denials.record(ex.denial()) ? HttpServletResponse.SC_NOT_FOUND
				: HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail rule(RuleViolation ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), "Regel niet voldaan");
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler(NotAllowed.class)
	ProblemDetail notAllowed(NotAllowed ex) {
		if (!this.denials.record(ex.denial())) {
			return unavailable();
		}
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, ex.getMessage(), "Niet toegestaan");
		return problem;
	}

	@ExceptionHandler({ StaleVersion.class, OptimisticLockingFailureException.class })
	ProblemDetail stale() {
		ProblemDetail problem = problem(HttpStatus.CONFLICT,
				"Iemand anders heeft dit intussen gewijzigd. Haal de actuele versie op en probeer het opnieuw.",
				"Gewijzigd door een ander");
		problem.setProperty("field", "version");
		return problem;
	}

	/** Two creates raced for the same number or key: like a stale version. */
	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate() {
		return stale();
	}

	/**
	 * What validation cannot see and the database refuses: a date outside its range, a
	 * NUL character, a text longer than a column takes. Nothing was stored.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail refusedByTheDatabase(DataIntegrityViolationException ex) {
		logger.info("Input refused by the database: " + DatabaseRefusal.describe(ex));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				"Een waarde past niet: te lang, buiten het toegestane bereik of met ongeldige tekens.",
				"Ongeldige invoer");
		return problem;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "detail", Messages.dutch(error)))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "De aanvraag bevat ongeldige velden.",
				"Ongeldige invoer");
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameter(HandlerMethodValidationException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Een parameter van de aanvraag is ongeldig.",
				"Ongeldige invoer");
		ex.getParameterValidationResults()
			.stream()
			.findFirst()
			.map((result) -> result.getMethodParameter().getParameterName())
			.ifPresent((name) -> problem.setProperty("field", name));
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		if (causedBy(ex, RequestBodyLimit.TooLarge.class)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "De aanvraag is te groot.", "Te groot");
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				"De aanvraag is geen geldige JSON of een waarde heeft het verkeerde type.", "Ongeldige invoer");
		Messages.fieldOf(ex).ifPresent((field) -> problem.setProperty("field", field));
		return problem;
	}

	/**
	 * Without its audit event, no answer: the same for every refusal, so nothing leaks.
	 */
	private static ProblemDetail unavailable() {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
				"Het platform kan dit nu niet vastleggen. Probeer het later opnieuw.", "Tijdelijk niet beschikbaar");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Deze waarde heeft het verkeerde formaat.",
				"Ongeldige invoer");
		problem.setProperty("field", ex.getName());
		return problem;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> kind) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static ProblemDetail problem(HttpStatus status, String detail, String title) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
