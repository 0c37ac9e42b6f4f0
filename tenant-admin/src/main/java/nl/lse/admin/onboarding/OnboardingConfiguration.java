package nl.lse.admin.onboarding;

import javax.sql.DataSource;

import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.migration.TenantMigrations;
import nl.lse.platform.tenancy.provisioning.TenantProvisioning;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Provisioning as the admin login (this app's datasource), migrations as the migrator.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoTenantsProperties.class)
class OnboardingConfiguration {

	@Bean
	TenantProvisioning tenantProvisioning(DataSource adminDataSource, TenantMigrations migrations) {
		JdbcTemplate admin = new JdbcTemplate(adminDataSource);
		return new TenantProvisioning(admin, new TenantCatalog(admin), migrations);
	}

	@Bean
	LseOwnRecords lseOwnRecords(TenantProvisioning provisioning) {
		return new LseOwnRecords(provisioning);
	}

	@Bean
	DemoTenants demoTenants(TenantProvisioning provisioning, DemoTenantsProperties properties,
			DataSource adminDataSource) {
		return new DemoTenants(provisioning, properties, new JdbcTemplate(adminDataSource));
	}

}
