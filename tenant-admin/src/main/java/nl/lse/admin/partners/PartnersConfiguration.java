package nl.lse.admin.partners;

import javax.sql.DataSource;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.provisioning.TenantOwnerWork;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chain partners: the registry as the admin login, a municipality's records as its owner.
 */
@Configuration(proxyBeanMethods = false)
class PartnersConfiguration {

	@Bean
	ChainPartners chainPartners(DataSource adminDataSource, TenantOwnerWork owner, KeycloakDirectory keycloak,
			AdminLog log) {
		JdbcTemplate admin = new JdbcTemplate(adminDataSource);
		return new ChainPartners(admin, new TenantCatalog(admin), owner, keycloak, log);
	}

}
