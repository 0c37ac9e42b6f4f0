package nl.lse.platform.staff;

import java.util.List;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The LSE workers to hand work to, by name: for whoever assigns work (the LSE
 * coordinator, a case director of any municipality); anyone else is answered as if the
 * address did not exist.
 */
@RestController
class LseStaffController {

	private final LseStaff staff;

	LseStaffController(LseStaff staff) {
		this.staff = staff;
	}

	@GetMapping("/api/v1/lse-workers")
	List<LseStaff.Worker> workers(Authentication authentication) {
		LseAuthentication caller = LseAuthentication.of(authentication)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!caller.has(LseRole.LSE_COORDINATOR) && !caller.holdsAnywhere(LseRole.CASE_DIRECTOR)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.staff.workers();
	}

}
