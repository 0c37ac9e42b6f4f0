package nl.lse.admin.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person to add to a municipality.
 *
 * @param email also their user name; an existing account is reused
 */
public record NewMunicipalUser(
		@NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "De naam is te lang.") String name,
		@NotBlank(message = "Vul het e-mailadres in.") @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "Dit is geen geldig e-mailadres.") @Size(max = 254,
						message = "Het e-mailadres is te lang.") String email,
		@NotNull(message = "Kies een rol: CASE_DIRECTOR of MUNICIPALITY_STAFF.") MunicipalRole role) {

	public NewMunicipalUser {
		email = (email != null) ? email.trim().toLowerCase(java.util.Locale.ROOT) : null;
		name = (name != null) ? name.trim() : null;
	}

}
