package nl.lse.platform.tenancy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tenancy settings.
 *
 * @param rolePrefix installation prefix of every PostgreSQL role (by default the database
 * name)
 * @param switchRole whether entering a tenant also switches to its DML role;
 * {@code false} exists only so that a test can show the isolation tests fail without it
 * @param statusRefresh how often each replica re-reads tenant status and maintenance
 * flags
 * @param statusMaxMissedRefreshes how many re-reads in a row may fail before the replica
 * answers 503 for every tenant (fail closed)
 */
@ConfigurationProperties("lse.tenancy")
public record TenancyProperties(@DefaultValue("lse") String rolePrefix, @DefaultValue("true") boolean switchRole,
		@DefaultValue("5s") Duration statusRefresh, @DefaultValue("3") int statusMaxMissedRefreshes) {

}
