package nl.lse.platform.audit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit settings.
 *
 * @param trustedProxies addresses or CIDR ranges of reverse proxies whose
 * {@code X-Forwarded-For} is believed; empty by default (the header is ignored)
 * @param portalClientId the client id recorded for portal requests
 * @param schedule whether this app seals and verifies on a schedule (platform-app does)
 * @param sealDelay how soon after a commit the events of this replica are sealed
 * @param sweepInterval how often every tenant is sealed (events of other replicas)
 * @param verifyInterval how often every tenant's chain is verified
 * @param sealBatch events sealed per round trip
 * @param verifyWindow seals checked per round trip
 * @param verifyOnly verify every tenant's chain, print the report and exit (0 intact, 3
 * findings): the command-line verifier
 */
@ConfigurationProperties("lse.audit")
public record AuditProperties(@DefaultValue List<String> trustedProxies,
		@DefaultValue("lse-portal") String portalClientId, @DefaultValue("false") boolean schedule,
		@DefaultValue("1s") Duration sealDelay, @DefaultValue("5m") Duration sweepInterval,
		@DefaultValue("24h") Duration verifyInterval, @DefaultValue("1000") int sealBatch,
		@DefaultValue("5000") int verifyWindow, @DefaultValue("false") boolean verifyOnly) {

}
