package nl.lse.platform.web;

import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.DatabindException;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;

/** Dutch texts for validation errors, by constraint. */
final class Messages {

	private Messages() {
	}

	static String dutch(FieldError error) {
		String code = (error.getCode() != null) ? error.getCode() : "";
		return switch (code) {
			case "NotNull", "NotBlank", "NotEmpty" -> "Dit veld is verplicht.";
			case "Size" -> "De lengte van dit veld valt buiten de grenzen.";
			case "Min", "Max", "Positive", "PositiveOrZero" -> "Deze waarde valt buiten de grenzen.";
			case "PastOrPresent" -> "Deze datum mag niet in de toekomst liggen.";
			case "Pattern" -> "Deze waarde heeft niet het juiste formaat.";
			default -> "Deze waarde is ongeldig.";
		};
	}

	static Optional<String> fieldOf(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			return Optional.of(databind.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining(".")));
		}
		return Optional.empty();
	}

}
