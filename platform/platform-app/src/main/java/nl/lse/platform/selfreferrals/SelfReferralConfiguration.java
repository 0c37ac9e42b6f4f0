package nl.lse.platform.selfreferrals;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SelfReferralProperties.class)
class SelfReferralConfiguration {

	@Bean
	SelfReferralHousekeeping selfReferralHousekeeping(SelfReferralService referrals,
			SelfReferralProperties properties) {
		return new SelfReferralHousekeeping(referrals, properties);
	}

}
