package nl.lse.admin.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A partner organisation for the registry.
 *
 * @param kind police, youth care, mental health, probation, education (SCHOOL), Zorg- en
 * Veiligheidshuis (SAFETY_HOUSE), social team or other
 */
public record NewPartner(
		@NotBlank(message = "Vul de naam van de organisatie in.") @Size(max = 200,
				message = "De naam is te lang (hoogstens 200 tekens).") String name,
		@NotNull(message = "Kies het soort organisatie.") PartnerKind kind) {

	public NewPartner {
		name = (name != null) ? name.trim() : null;
	}

}
