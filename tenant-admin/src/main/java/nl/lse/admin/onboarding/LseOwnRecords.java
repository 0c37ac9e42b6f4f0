package nl.lse.admin.onboarding;

import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.provisioning.TenantProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Provisions LSE's own records (the schema for self-referrals) at every start, before any
 * municipality; idempotent, and not demo-only: every installation has them.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class LseOwnRecords implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LseOwnRecords.class);

	private final TenantProvisioning provisioning;

	LseOwnRecords(TenantProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	@Override
	public void run(ApplicationArguments args) {
		Tenant lse = this.provisioning.provisionLseOwnRecords();
		log.info("LSE's own records are provisioned (schema {}, version {})", lse.id().schemaName(),
				lse.schemaVersion());
	}

}
