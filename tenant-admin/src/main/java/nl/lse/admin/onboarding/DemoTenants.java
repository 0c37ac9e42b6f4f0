package nl.lse.admin.onboarding;

import java.util.Map;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.provisioning.TenantProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Provisions the configured demo municipalities at startup; provisioning is idempotent.
 */
class DemoTenants implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

	private final TenantProvisioning provisioning;

	private final DemoTenantsProperties properties;

	private final JdbcOperations admin;

	DemoTenants(TenantProvisioning provisioning, DemoTenantsProperties properties, JdbcOperations admin) {
		this.provisioning = provisioning;
		this.properties = properties;
		this.admin = admin;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Map.Entry<String, String> tenant : this.properties.tenants().entrySet()) {
			this.provisioning.provision(TenantId.of(tenant.getKey()), tenant.getValue());
			log.info("Demo municipality {} ({}) is provisioned", tenant.getValue(), tenant.getKey());
		}
		this.properties.partnerOrganisations()
			.forEach((name, kind) -> this.admin.update("insert into platform.partner_organisation (name, kind) "
					+ "values (?, ?) on conflict (name) do nothing", name, kind));
	}

}
