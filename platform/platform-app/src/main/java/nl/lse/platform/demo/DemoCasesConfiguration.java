package nl.lse.platform.demo;

import java.time.Clock;

import nl.lse.platform.identity.IdentityProperties;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.settings.TenantSettingRepository;
import nl.lse.platform.tenancy.TenantTransactions;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Only in a demo run ({@code lse.demo.cases=true}, set by the demo profile). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lse.demo.cases", havingValue = "true")
class DemoCasesConfiguration {

	@Bean
	DemoCases demoCases(IdentityProperties identity, PartnerAffiliations registry, Environment environment,
			TenantTransactions tenants, TenantSettingRepository settings, Clock clock) {
		DemoApi api = new DemoApi(() -> "http://localhost:" + environment.getProperty("local.server.port"),
				new DemoTokens(identity.issuer()));
		return new DemoCases(api, registry, tenants, settings, clock);
	}

}
