package nl.lse.admin.onboarding;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A municipality to onboard.
 *
 * @param code CBS code in lower case ({@code gm0363})
 * @param name the municipality's name
 * @param retentionYears how long its closed cases are kept
 * @param directorName the first case director's name
 * @param directorEmail their e-mail, also their user name
 */
public record MunicipalityRequest(
		@NotBlank(message = "Vul de CBS-code in.") @Pattern(regexp = "gm[0-9]{4}",
				message = "De CBS-code is 'gm' met vier cijfers, bijvoorbeeld gm0363.") String code,
		@NotBlank(message = "Vul de naam van de gemeente in.") @Size(max = 200,
				message = "De naam is te lang (hoogstens 200 tekens).") String name,
		@NotNull(message = "Vul de bewaartermijn in.") @Min(value = 1,
				message = "De bewaartermijn is minstens 1 jaar.") @Max(value = 30,
						message = "De bewaartermijn is hoogstens 30 jaar.") Integer retentionYears,
		@NotBlank(message = "Vul de naam van de eerste casusregisseur in.") @Size(max = 200,
				message = "De naam is te lang (hoogstens 200 tekens).") String directorName,
		@NotBlank(message = "Vul het e-mailadres van de eerste casusregisseur in.") @Email(
				regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Dit is geen geldig e-mailadres.") @Size(max = 254,
						message = "Het e-mailadres is te lang.") String directorEmail) {

	public MunicipalityRequest {
		code = (code != null) ? code.trim().toLowerCase(java.util.Locale.ROOT) : null;
		name = (name != null) ? name.trim() : null;
		directorName = (directorName != null) ? directorName.trim() : null;
		directorEmail = (directorEmail != null) ? directorEmail.trim().toLowerCase(java.util.Locale.ROOT) : null;
	}

}
