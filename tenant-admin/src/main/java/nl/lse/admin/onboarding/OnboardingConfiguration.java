package nl.lse.admin.onboarding;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.validation.Validator;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.tenancy.DatabaseRoles;
import nl.lse.platform.tenancy.MigratorConnections;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.migration.TenantMigrations;
import nl.lse.platform.tenancy.provisioning.TenantOwnerWork;
import nl.lse.platform.tenancy.provisioning.TenantProvisioning;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Provisioning as the admin login (this app's datasource), migrations as the migrator,
 * Keycloak as the provisioning service account; onboardings run on a small pool of their
 * own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoTenantsProperties.class)
class OnboardingConfiguration {

	@Bean
	TenantProvisioning tenantProvisioning(DataSource adminDataSource, TenantMigrations migrations) {
		JdbcTemplate admin = new JdbcTemplate(adminDataSource);
		return new TenantProvisioning(admin, new TenantCatalog(admin), migrations);
	}

	/**
	 * A municipality's own records written as its owner (partner links, affiliations).
	 */
	@Bean
	TenantOwnerWork tenantOwnerWork(MigratorConnections migrator, DatabaseRoles roles) {
		return new TenantOwnerWork(migrator.dataSource(), roles);
	}

	@Bean
	LseOwnRecords lseOwnRecords(TenantProvisioning provisioning) {
		return new LseOwnRecords(provisioning);
	}

	@Bean
	DemoTenants demoTenants(TenantProvisioning provisioning, Onboarding onboarding, DemoTenantsProperties properties,
			DataSource adminDataSource) {
		return new DemoTenants(provisioning, onboarding, properties, new JdbcTemplate(adminDataSource));
	}

	@Bean
	OnboardingRecords onboardingRecords(DataSource adminDataSource) {
		return new OnboardingRecords(new JdbcTemplate(adminDataSource));
	}

	@Bean
	Onboarding onboarding(OnboardingRecords records, TenantProvisioning provisioning, KeycloakDirectory keycloak,
			DataSource adminDataSource, ObjectProvider<OnboardingFaults> faults, AdminLog log) {
		return new Onboarding(records, provisioning, keycloak, adminDataSource,
				faults.getIfAvailable(() -> OnboardingFaults.NONE), log);
	}

	/**
	 * Two onboardings at a time: each holds a connection for its lock and uses another.
	 */
	@Bean(destroyMethod = "shutdown")
	ExecutorService onboardingRuns() {
		return Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "onboarding");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	Municipalities municipalities(Onboarding onboarding, OnboardingRecords records, DataSource adminDataSource,
			KeycloakDirectory keycloak, ExecutorService onboardingRuns, AdminLog log) {
		Executor background = onboardingRuns;
		return new Municipalities(onboarding, records, new TenantCatalog(new JdbcTemplate(adminDataSource)), keycloak,
				background, log);
	}

	/** After a restart, onboardings that were under way go on (the web app only). */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	org.springframework.boot.ApplicationRunner resumeInterruptedOnboardings(Municipalities municipalities) {
		return (args) -> municipalities.resumeInterrupted();
	}

	@Bean
	BulkOnboarding bulkOnboarding(Municipalities municipalities, Validator validator, AdminLog log) {
		return new BulkOnboarding(municipalities, validator, log);
	}

}
