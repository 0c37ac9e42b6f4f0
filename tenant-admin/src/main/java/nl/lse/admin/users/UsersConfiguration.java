package nl.lse.admin.users;

import javax.sql.DataSource;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.provisioning.TenantOwnerWork;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Municipal users, written as the admin login and the provisioning service account. */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

	@Bean
	MunicipalUsers municipalUsers(KeycloakDirectory keycloak, DataSource adminDataSource, AdminLog log,
			TenantOwnerWork owner) {
		JdbcTemplate admin = new JdbcTemplate(adminDataSource);
		return new MunicipalUsers(keycloak, new TenantCatalog(admin), admin, log, owner);
	}

}
