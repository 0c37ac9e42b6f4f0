package nl.lse.admin.staff;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import nl.lse.admin.audit.AdminLog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/staff}: LSE's staff directory (as last synced), a sync now, and a
 * staff member's team.
 */
@RestController
@RequestMapping("/api/v1/admin/staff")
class StaffApi {

	private final StaffDirectory directory;

	private final AdminLog log;

	StaffApi(StaffDirectory directory, AdminLog log) {
		this.directory = directory;
		this.log = log;
	}

	@GetMapping
	List<StaffDirectory.StaffMember> staff() {
		return this.directory.staff();
	}

	@PostMapping("/sync")
	StaffDirectory.Sync sync(Authentication caller) {
		StaffDirectory.Sync sync = this.directory.sync();
		this.log.record(caller.getName(), "STAFF_SYNCED", null, null, AdminLog.Outcome.OK,
				sync.staff() + " medewerkers, " + sync.contacts() + " gemeentelijke adressen");
		return sync;
	}

	@PutMapping("/{userId}/team")
	ResponseEntity<?> team(@PathVariable String userId, @Valid @RequestBody Team team, Authentication caller) {
		return this.directory.assignTeam(userId, team.team()).<ResponseEntity<?>>map((assigned) -> {
			this.log.record(caller.getName(), "STAFF_TEAM_SET", null, userId, AdminLog.Outcome.OK, assigned);
			return ResponseEntity.noContent().build();
		})
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Deze persoon werkt niet bij LSE.")));
	}

	/** A team (region), e.g. {@code noord}. */
	record Team(@NotBlank(message = "Vul het team in.") @Pattern(regexp = "[a-z][a-z0-9-]{0,39}",
			message = "Een team is een korte naam in kleine letters, bijvoorbeeld noord.") String team) {
	}

}
