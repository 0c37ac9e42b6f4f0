package nl.lse.platform.central;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.lse.platform.identity.LseAuthentication;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The central office's API; assigning work goes through the municipality's own address.
 */
@RestController
@RequestMapping("/api/v1/central")
class CentralApiController {

	private final CentralOffice office;

	CentralApiController(CentralOffice office) {
		this.office = office;
	}

	@GetMapping("/municipalities")
	List<CentralOffice.Municipality> municipalities(Authentication authentication) {
		return this.office.municipalities(caller(authentication));
	}

	@GetMapping("/unassigned-requests")
	List<CentralOffice.Request> unassigned(Authentication authentication) {
		return this.office.unassigned(caller(authentication));
	}

	@GetMapping("/peer-meetings")
	List<CentralOffice.Meeting> meetings(Authentication authentication) {
		return this.office.meetings(caller(authentication));
	}

	@PostMapping("/peer-meetings")
	ResponseEntity<Void> recordMeeting(Authentication authentication, @Valid @RequestBody NewMeeting request) {
		UUID id = this.office.recordMeeting(request.heldOn(), request.region(), request.facilitator(),
				request.participants(), caller(authentication));
		return ResponseEntity.created(URI.create("/api/v1/central/peer-meetings#" + id)).build();
	}

	private static LseAuthentication caller(Authentication authentication) {
		return LseAuthentication.of(authentication)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record NewMeeting(@NotNull LocalDate heldOn, @NotBlank @Size(max = 100) String region,
			@NotBlank @Size(max = 200) String facilitator, @NotNull @Min(0) @Max(500) Integer participants) {
	}

}
