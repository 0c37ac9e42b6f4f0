package nl.lse.admin.partners;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.lse.platform.partners.PartnerOrganisation;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * Chain partners for {@code lse-admin}: the registry ({@code /api/v1/admin/partners}),
 * linking an organisation to a municipality, and inviting its users there.
 */
@RestController
class ChainPartnerApi {

	private final ChainPartners partners;

	ChainPartnerApi(ChainPartners partners) {
		this.partners = partners;
	}

	@GetMapping("/api/v1/admin/partners")
	List<PartnerOrganisation> registry() {
		return this.partners.registry();
	}

	@PostMapping("/api/v1/admin/partners")
	ResponseEntity<PartnerOrganisation> register(@Valid @RequestBody NewPartner partner, Authentication caller) {
		PartnerOrganisation registered = this.partners.register(partner, caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/admin/partners/" + registered.id())).body(registered);
	}

	@GetMapping("/api/v1/admin/municipalities/{code}/partners")
	ResponseEntity<?> linked(@PathVariable String code) {
		return this.partners.linked(code)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(ChainPartnerApi::notFound);
	}

	@PutMapping("/api/v1/admin/municipalities/{code}/partners/{organisation}")
	ResponseEntity<?> link(@PathVariable String code, @PathVariable UUID organisation, Authentication caller) {
		return this.partners.link(code, organisation, caller.getName()) ? ResponseEntity.noContent().build()
				: notFound();
	}

	@PostMapping("/api/v1/admin/municipalities/{code}/partners/{organisation}/users")
	ResponseEntity<?> invite(@PathVariable String code, @PathVariable UUID organisation,
			@Valid @RequestBody PartnerUser user, Authentication caller) {
		return this.partners.invite(code, organisation, user, caller.getName())
			.<ResponseEntity<?>>map(
					(id) -> ResponseEntity.created(URI.create("/api/v1/admin/municipalities/" + code + "/users/" + id))
						.body(new Invited(id)))
			.orElseGet(ChainPartnerApi::notFound);
	}

	@ExceptionHandler(NotLinked.class)
	ProblemDetail notLinked(NotLinked ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	private static ResponseEntity<?> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"Deze gemeente of partnerorganisatie bestaat niet."));
	}

	/** The id of the user invited. */
	record Invited(String id) {
	}

}
