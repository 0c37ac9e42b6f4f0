package nl.lse.platform.tenants;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.partners.PartnerOrganisation;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantDirectory;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entered municipality. Only reached through the tenant gate and the status filter,
 * so the bound tenant is the one in the address.
 */
@RestController
class TenantController {

	private final TenantDirectory directory;

	private final PartnerAffiliations affiliations;

	TenantController(TenantDirectory directory, PartnerAffiliations affiliations) {
		this.directory = directory;
		this.affiliations = affiliations;
	}

	@GetMapping("/api/v1/tenants/{tenant}")
	TenantView tenant(Authentication authentication) {
		TenantId entered = TenantContext.current().orElseThrow();
		Tenant tenant = this.directory.find(entered).orElseThrow();
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		String partner = this.affiliations.current(entered, caller.subject())
			.map(PartnerOrganisation::name)
			.orElse(null);
		return new TenantView(tenant.id().code(), tenant.name(), tenant.status().name(), partner);
	}

	/**
	 * @param partnerOrganisation the organisation the caller works for here, from this
	 * municipality's own records; absent for anyone who is not a chain partner here
	 */
	record TenantView(String code, String name, String status, @Nullable String partnerOrganisation) {
	}

}
