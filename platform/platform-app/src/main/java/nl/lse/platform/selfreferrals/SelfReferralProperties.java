package nl.lse.platform.selfreferrals;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of self-referrals.
 *
 * @param keepRefusedFor how long a self-referral the family refused to pass on is kept
 * (general advice only) before it is destroyed
 * @param housekeeping whether this app finishes interrupted moves and destroys what is
 * due (platform-app does; tests run it by hand)
 * @param housekeepingInterval how often that runs
 */
@ConfigurationProperties("lse.self-referrals")
record SelfReferralProperties(@DefaultValue("P8W") Period keepRefusedFor, @DefaultValue("false") boolean housekeeping,
		@DefaultValue("1h") Duration housekeepingInterval) {

}
