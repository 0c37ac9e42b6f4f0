package nl.lse.admin.staff;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import nl.lse.admin.audit.AdminLog;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/staff}: LSE's staff directory (as last synced), a sync now, a
 * staff member's team, and requests for LSE-wide roles that a second administrator
 * approves. What touches LSE's staff in Keycloak is done with the caller's own bearer
 * token, never the service account's.
 */
@RestController
@RequestMapping("/api/v1/admin/staff")
class StaffApi {

	private static final String BEARER = "Bearer ";

	private final StaffDirectory directory;

	private final StaffRequests requests;

	private final AdminLog log;

	StaffApi(StaffDirectory directory, StaffRequests requests, AdminLog log) {
		this.directory = directory;
		this.requests = requests;
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
	ResponseEntity<?> team(@PathVariable String userId, @Valid @RequestBody Team team, Authentication caller,
			@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		return this.directory.assignTeam(userId, team.team(), token(authorization))
			.<ResponseEntity<?>>map((assigned) -> {
				this.log.record(caller.getName(), "STAFF_TEAM_SET", null, userId, AdminLog.Outcome.OK, assigned);
				return ResponseEntity.noContent().build();
			})
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Deze persoon werkt niet bij LSE."));
	}

	/** Asks for a person to hold an LSE-wide role; a second administrator decides. */
	@PostMapping("/requests")
	ResponseEntity<StaffRequests.StaffRequest> request(@Valid @RequestBody StaffRequestForm body,
			Authentication caller) {
		UUID id = this.requests.request(body.toNewStaff(), caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/admin/staff/requests/" + id))
			.body(this.requests.find(id).orElseThrow());
	}

	@GetMapping("/requests")
	List<StaffRequests.StaffRequest> pending() {
		return this.requests.pending();
	}

	@GetMapping("/requests/{id}")
	ResponseEntity<?> request(@PathVariable UUID id) {
		return this.requests.find(id)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Er is geen verzoek " + id + "."));
	}

	/** Approves and carries out the request with the approver's own token. */
	@PostMapping("/requests/{id}/approve")
	StaffRequests.StaffRequest approve(@PathVariable UUID id, Authentication caller,
			@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		return this.requests.approve(id, caller.getName(), token(authorization));
	}

	@PostMapping("/requests/{id}/reject")
	StaffRequests.StaffRequest reject(@PathVariable UUID id, Authentication caller) {
		return this.requests.reject(id, caller.getName());
	}

	@ExceptionHandler(StaffRequests.SameAdministrator.class)
	ResponseEntity<ProblemDetail> sameAdministrator(StaffRequests.SameAdministrator ex) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(StaffRequests.NotPending.class)
	ResponseEntity<ProblemDetail> notPending(StaffRequests.NotPending ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	private static String token(String authorization) {
		return authorization.startsWith(BEARER) ? authorization.substring(BEARER.length()) : authorization;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/** A team (region), e.g. {@code noord}. */
	record Team(@NotBlank(message = "Vul het team in.") @Pattern(regexp = "[a-z][a-z0-9-]{0,39}",
			message = "Een team is een korte naam in kleine letters, bijvoorbeeld noord.") String team) {
	}

}
