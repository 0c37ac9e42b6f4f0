package nl.lse.admin.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import nl.lse.admin.identity.NotAMunicipalAccount;
import nl.lse.admin.onboarding.OnboardingConflict;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's refusals as ProblemDetail: invalid fields named one by one (in Dutch, as the
 * pages say them), an unreadable body, a conflicting request. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"De aanvraag is niet volledig of niet juist.");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"De aanvraag is geen geldige JSON, of een veld heeft een waarde die niet bestaat.");
	}

	@ExceptionHandler(NotAMunicipalAccount.class)
	ProblemDetail notMunicipal(NotAMunicipalAccount ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", "email", "message", ex.getMessage())));
		return problem;
	}

	/** Keycloak refused (with the caller's or the service account's rights) or failed. */
	@ExceptionHandler(WebApplicationException.class)
	ProblemDetail keycloakRefused(WebApplicationException ex) {
		int status = ex.getResponse().getStatus();
		if (status == 403) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"Keycloak staat dit niet toe met deze rechten.");
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"Keycloak gaf een fout (HTTP " + status + "); er is niets half gedaan dat niet opnieuw kan.");
	}

	/** Keycloak did not answer. */
	@ExceptionHandler(ProcessingException.class)
	ProblemDetail keycloakUnreachable(ProcessingException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"Keycloak is nu niet bereikbaar; probeer het zo opnieuw.");
	}

	@ExceptionHandler(OnboardingConflict.class)
	ProblemDetail conflict(OnboardingConflict ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
