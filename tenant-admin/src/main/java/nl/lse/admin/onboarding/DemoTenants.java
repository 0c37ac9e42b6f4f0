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
 * Brings the configured demo municipalities in at startup: onboarded like any other (the
 * Keycloak organization and the first case director included) when a director is
 * configured, otherwise only provisioned (the benchmarks' hundreds of municipalities).
 * Both are idempotent.
 */
class DemoTenants implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

	private final TenantProvisioning provisioning;

	private final Onboarding onboarding;

	private final DemoTenantsProperties properties;

	private final JdbcOperations admin;

	DemoTenants(TenantProvisioning provisioning, Onboarding onboarding, DemoTenantsProperties properties,
			JdbcOperations admin) {
		this.provisioning = provisioning;
		this.onboarding = onboarding;
		this.properties = properties;
		this.admin = admin;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Map.Entry<String, String> tenant : this.properties.tenants().entrySet()) {
			String director = this.properties.directors().get(tenant.getKey());
			if (director == null) {
				this.provisioning.provision(TenantId.of(tenant.getKey()), tenant.getValue());
				log.info("Demo municipality {} ({}) is provisioned", tenant.getValue(), tenant.getKey());
				continue;
			}
			String name = director.substring(0, director.indexOf('<')).trim();
			String email = director.substring(director.indexOf('<') + 1, director.indexOf('>')).trim();
			OnboardingRecord onboarded = this.onboarding
				.onboard(new MunicipalityRequest(tenant.getKey(), tenant.getValue(), 7, name, email), "demo");
			log.info("Demo municipality {} ({}) is onboarded: {}", tenant.getValue(), tenant.getKey(),
					onboarded.finished() ? "active" : "stopped at " + onboarded.failedStep());
		}
		this.properties.partnerOrganisations()
			.forEach((name, kind) -> this.admin.update("insert into platform.partner_organisation (name, kind) "
					+ "values (?, ?) on conflict (name) do nothing", name, kind));
	}

}
