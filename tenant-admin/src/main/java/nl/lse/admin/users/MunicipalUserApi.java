package nl.lse.admin.users;

import java.net.URI;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/municipalities/{code}/users}: the case directors and staff of a
 * municipality, added and removed by {@code lse-admin}.
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/users")
class MunicipalUserApi {

	private final MunicipalUsers users;

	MunicipalUserApi(MunicipalUsers users) {
		this.users = users;
	}

	@GetMapping
	ResponseEntity<?> list(@PathVariable String code) {
		return this.users.list(code).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(MunicipalUserApi::notFound);
	}

	@PostMapping
	ResponseEntity<?> add(@PathVariable String code, @Valid @RequestBody NewMunicipalUser user, Authentication caller) {
		return this.users.add(code, user, caller.getName())
			.<ResponseEntity<?>>map(
					(id) -> ResponseEntity.created(URI.create("/api/v1/admin/municipalities/" + code + "/users/" + id))
						.body(new Added(id)))
			.orElseGet(MunicipalUserApi::notFound);
	}

	@DeleteMapping("/{userId}")
	ResponseEntity<?> remove(@PathVariable String code, @PathVariable String userId, Authentication caller) {
		return this.users.remove(code, userId, caller.getName()) ? ResponseEntity.noContent().build()
				: ResponseEntity.status(HttpStatus.NOT_FOUND)
					.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
							"Deze gemeente bestaat niet, of deze persoon is er geen gebruiker."));
	}

	private static ResponseEntity<?> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Deze gemeente bestaat niet."));
	}

	/** The id of the user added. */
	record Added(String id) {
	}

}
