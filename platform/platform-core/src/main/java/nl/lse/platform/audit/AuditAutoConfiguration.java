package nl.lse.platform.audit;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.lse.platform.background.BackgroundWork;
import nl.lse.platform.tenancy.TenancyAutoConfiguration;
import nl.lse.platform.tenancy.TenantJpaTransactionManager;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.TenantCatalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail for apps that work in tenants: recording, security events, sealing and
 * verification; the schedule only where {@code lse.audit.schedule} is on (platform-app).
 */
@AutoConfiguration(after = TenancyAutoConfiguration.class)
@ConditionalOnBean(TenantTransactions.class)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

	@Bean
	AuditMetrics auditMetrics(ObjectProvider<MeterRegistry> registry) {
		return new AuditMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	AuditActors auditActors(AuditProperties properties, ObjectProvider<ActingOrganisation> organisations) {
		return new AuditActors(new SourceAddresses(properties.trustedProxies()), properties.portalClientId(),
				organisations);
	}

	@Bean
	AuditSealer auditSealer(JdbcTemplate jdbc, TenantJpaTransactionManager transactionManager,
			TenantTransactions tenants, TenantCatalog catalog, AuditMetrics metrics, AuditProperties properties) {
		return new AuditSealer(jdbc, new TransactionTemplate(transactionManager), tenants, catalog, metrics,
				properties.sealBatch(), Clock.systemUTC());
	}

	@Bean
	AuditTrail auditTrail(JdbcTemplate jdbc, AuditActors actors, TenantTransactions tenants, AuditSealer sealer,
			AuditMetrics metrics) {
		return new AuditTrail(jdbc, actors, tenants, sealer, metrics);
	}

	@Bean
	AuditVerifier auditVerifier(JdbcTemplate jdbc, TenantTransactions tenants, AuditMetrics metrics,
			AuditProperties properties) {
		return new AuditVerifier(jdbc, tenants, metrics, properties.verifyWindow());
	}

	@Bean
	AuditChains auditChains(TenantCatalog catalog, AuditSealer sealer, AuditVerifier verifier) {
		return new AuditChains(catalog, sealer, verifier);
	}

	@Bean
	AccessLog accessLog(JdbcTemplate jdbc) {
		return new AccessLog(jdbc);
	}

	@Bean
	SecurityEvents securityEvents(JdbcTemplate jdbc, AuditActors actors) {
		return new SecurityEvents(jdbc, actors);
	}

	/**
	 * Runs the sealer soon after commits, sweeps every tenant now and then, and verifies
	 * every chain on its interval, on threads of its own (no request ever waits for it);
	 * two threads, so a long verification never holds sealing back.
	 */
	@Bean
	@ConditionalOnProperty(name = "lse.audit.schedule", havingValue = "true")
	BackgroundWork auditSchedule(AuditSealer sealer, AuditChains chains, AuditProperties properties) {
		return new BackgroundWork("audit-sealer", 2)
			.every("Sealing after commits", properties.sealDelay(), properties.sealDelay(), sealer::sealDirty)
			.every("The sealing sweep", Duration.ofSeconds(10), properties.sweepInterval(), sealer::sealAll)
			.every("Verifying the chains", properties.verifyInterval(), properties.verifyInterval(), chains::verifyAll);
	}

	@Bean
	@ConditionalOnProperty(name = "lse.audit.verify-only", havingValue = "true")
	AuditVerifyAndExit auditVerifyAndExit(AuditChains chains) {
		return new AuditVerifyAndExit(chains, System.out);
	}

}
