package nl.lse.platform.tenants;

import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantDirectory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entered municipality. Only reached through the tenant gate and the status filter,
 * so the bound tenant is the one in the address.
 */
@RestController
class TenantController {

	private final TenantDirectory directory;

	TenantController(TenantDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/v1/tenants/{tenant}")
	TenantView tenant() {
		TenantId entered = TenantContext.current().orElseThrow();
		Tenant tenant = this.directory.find(entered).orElseThrow();
		return new TenantView(tenant.id().code(), tenant.name(), tenant.status().name());
	}

	record TenantView(String code, String name, String status) {
	}

}
