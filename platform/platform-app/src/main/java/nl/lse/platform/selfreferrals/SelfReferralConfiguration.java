package nl.lse.platform.selfreferrals;

import java.time.Duration;

import nl.lse.platform.background.BackgroundWork;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SelfReferralProperties.class)
class SelfReferralConfiguration {

	/**
	 * The housekeeping of self-referrals, a minute after start (sooner with a shorter
	 * interval) and then every {@code lse.self-referrals.housekeeping-interval}.
	 */
	@Bean
	@ConditionalOnProperty(name = "lse.self-referrals.housekeeping", havingValue = "true")
	BackgroundWork selfReferralHousekeeping(SelfReferralService referrals, SelfReferralProperties properties) {
		Duration interval = properties.housekeepingInterval();
		Duration first = (interval.compareTo(Duration.ofMinutes(1)) < 0) ? interval : Duration.ofMinutes(1);
		return new BackgroundWork("self-referral-housekeeping", 1).every("Self-referral housekeeping", first, interval,
				referrals::housekeeping);
	}

}
