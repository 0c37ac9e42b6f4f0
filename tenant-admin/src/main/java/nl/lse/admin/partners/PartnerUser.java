package nl.lse.admin.partners;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person who works for a partner organisation, to invite into a municipality.
 *
 * @param since from when they work for it there; today when left out
 */
public record PartnerUser(
		@NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "De naam is te lang.") String name,
		@NotBlank(message = "Vul het e-mailadres in.") @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "Dit is geen geldig e-mailadres.") @Size(max = 254,
						message = "Het e-mailadres is te lang.") String email,
		@Nullable LocalDate since) {

	public PartnerUser {
		email = (email != null) ? email.trim().toLowerCase(java.util.Locale.ROOT) : null;
		name = (name != null) ? name.trim() : null;
	}

}
