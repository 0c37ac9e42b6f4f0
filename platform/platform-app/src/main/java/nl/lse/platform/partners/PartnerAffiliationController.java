package nl.lse.platform.partners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case director records which partner organisation a chain-partner user (by Keycloak
 * subject) works for in this municipality, from a date on.
 */
@RestController
class PartnerAffiliationController {

	private final PartnerAffiliations affiliations;

	private final Clock clock;

	PartnerAffiliationController(PartnerAffiliations affiliations, Clock clock) {
		this.clock = clock;
		this.affiliations = affiliations;
	}

	@PutMapping("/api/v1/tenants/{tenant}/partner-affiliations/{subject}")
	ResponseEntity<Void> record(@PathVariable String subject, @Valid @RequestBody Affiliation affiliation,
			Authentication authentication) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		TenantId tenant = TenantContext.current().orElseThrow();
		if (!caller.hasIn(tenant, LseRole.CASE_DIRECTOR)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		this.affiliations.record(tenant, subject, affiliation.partnerOrganisationId(),
				(affiliation.since() != null) ? affiliation.since() : LocalDate.now(this.clock), caller.subject());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(UnknownPartnerOrganisationException.class)
	ProblemDetail unknownOrganisation(UnknownPartnerOrganisationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Deze ketenpartnerorganisatie staat niet in het register.");
		problem.setProperty("field", "partnerOrganisationId");
		return problem;
	}

	/**
	 * @param partnerOrganisationId a registry id
	 * @param since from when; today when left out
	 */
	record Affiliation(@NotNull UUID partnerOrganisationId, LocalDate since) {
	}

}
