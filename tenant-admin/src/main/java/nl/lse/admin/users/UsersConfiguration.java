package nl.lse.admin.users;

import java.time.Duration;

import javax.sql.DataSource;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.admin.staff.StaffDirectory;
import nl.lse.platform.background.BackgroundWork;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.provisioning.TenantOwnerWork;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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

	@Bean
	PortalUserRequests portalUserRequests(DataSource adminDataSource, MunicipalUsers users, KeycloakDirectory keycloak,
			StaffDirectory directory) {
		return new PortalUserRequests(adminDataSource, users, keycloak, directory);
	}

	/**
	 * The portal's requests: at once when it says so (LISTEN, checked every 2 s so a stop
	 * is quick), and every 30 s in any case; by the running app only.
	 */
	@Bean
	@ConditionalOnWebApplication
	BackgroundWork portalUserRequestWork(PortalUserRequests requests) {
		return new BackgroundWork("portal-user-requests", 2)
			.every("Listening for the portal's user requests", Duration.ofSeconds(1), Duration.ofMillis(10), () -> {
				try {
					requests.listen(2000);
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException("Listening for the portal's user requests failed", ex);
				}
			})
			.every("Carrying out the portal's user requests", Duration.ofSeconds(5), Duration.ofSeconds(30),
					requests::processPending);
	}

}
