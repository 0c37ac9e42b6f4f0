package nl.lse.admin.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.lse.platform.identity.LseRole;
import org.jspecify.annotations.Nullable;

/**
 * Who should hold which LSE-wide role, and in which team: the API's body and the page's
 * form, with their mistakes in Dutch.
 */
record StaffRequestForm(
		@NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "De naam is te lang.") String name,
		@NotBlank(message = "Vul het e-mailadres in.") @Email(message = "Dit is geen geldig e-mailadres.") @Size(
				max = 254, message = "Het e-mailadres is te lang.") String email,
		@NotNull(message = "Kies een rol.") @Pattern(regexp = "lse-worker|lse-coordinator|lse-management|lse-admin",
				message = "Kies een rol: medewerker, coördinator, management of beheerder.") String role,
		@Nullable @Pattern(regexp = "[a-z][a-z0-9-]{0,39}",
				message = "Een team is een korte naam in kleine letters, bijvoorbeeld noord.") String team) {

	/** The request, once valid. */
	StaffRequests.NewStaff toNewStaff() {
		return new StaffRequests.NewStaff(this.name, this.email, LseRole.fromRealmRole(this.role).orElseThrow(),
				(this.team == null || this.team.isBlank()) ? null : this.team);
	}

}
