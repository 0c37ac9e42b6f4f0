package nl.lse.platform.demo;

import java.time.Clock;

import nl.lse.platform.identity.IdentityProperties;
import nl.lse.platform.partners.PartnerAffiliations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only in a demo run (profile {@code demo}, which lists affiliations). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("lse.demo.affiliations[0].tenant")
@EnableConfigurationProperties(DemoAffiliationsProperties.class)
class DemoAffiliationsConfiguration {

	@Bean
	DemoAffiliations demoAffiliations(PartnerAffiliations affiliations, DemoAffiliationsProperties properties,
			IdentityProperties identity, Clock clock) {
		return new DemoAffiliations(affiliations, properties, new DemoTokens(identity.issuer()), clock);
	}

}
