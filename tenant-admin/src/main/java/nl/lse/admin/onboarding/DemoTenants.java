package nl.lse.admin.onboarding;

import java.util.Map;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.provisioning.TenantProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Provisions the configured demo municipalities at startup; provisioning is idempotent.
 */
class DemoTenants implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

	private final TenantProvisioning provisioning;

	private final DemoTenantsProperties properties;

	DemoTenants(TenantProvisioning provisioning, DemoTenantsProperties properties) {
		this.provisioning = provisioning;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Map.Entry<String, String> tenant : this.properties.tenants().entrySet()) {
			this.provisioning.provision(TenantId.of(tenant.getKey()), tenant.getValue());
			log.info("Demo municipality {} ({}) is provisioned", tenant.getValue(), tenant.getKey());
		}
	}

}
