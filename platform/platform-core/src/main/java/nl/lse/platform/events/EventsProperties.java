package nl.lse.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event relay.
 *
 * @param relay whether this app delivers events (platform-app does); apps without a relay
 * only store them, and the next relay sweep delivers them
 * @param delay how soon after a commit this replica delivers the events of that commit
 * @param firstSweep how soon after start every tenant's outbox is swept (events left by a
 * stop or crash, and events of other apps and replicas)
 * @param sweepInterval how often every tenant's outbox is swept after that
 * @param batch events read per round trip
 * @param maxBackoff the longest wait before a failed event is tried again
 */
@ConfigurationProperties("lse.events")
public record EventsProperties(@DefaultValue("false") boolean relay, @DefaultValue("0s") Duration delay,
		@DefaultValue("2s") Duration firstSweep, @DefaultValue("30s") Duration sweepInterval,
		@DefaultValue("100") int batch, @DefaultValue("10m") Duration maxBackoff) {

}
