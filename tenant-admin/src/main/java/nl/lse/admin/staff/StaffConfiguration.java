package nl.lse.admin.staff;

import java.time.Duration;

import javax.sql.DataSource;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.AdministratorKeycloak;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.background.BackgroundWork;
import nl.lse.platform.tenancy.catalog.TenantCatalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directories, written as the admin login, synced with Keycloak shortly after start
 * and then every {@code lse.admin.staff-sync-interval} (10 minutes), by the running app
 * only (the command-line runs do not).
 */
@Configuration(proxyBeanMethods = false)
class StaffConfiguration {

	@Bean
	StaffDirectory staffDirectory(KeycloakDirectory keycloak, AdministratorKeycloak administrators,
			DataSource adminDataSource) {
		JdbcTemplate admin = new JdbcTemplate(adminDataSource);
		return new StaffDirectory(keycloak, administrators, new TenantCatalog(admin), admin,
				new TransactionTemplate(new JdbcTransactionManager(adminDataSource)));
	}

	@Bean
	StaffRequests staffRequests(DataSource adminDataSource, AdministratorKeycloak administrators,
			StaffDirectory directory, AdminLog log) {
		return new StaffRequests(new JdbcTemplate(adminDataSource), administrators, directory, log);
	}

	@Bean
	@ConditionalOnWebApplication
	BackgroundWork staffSync(StaffDirectory directory,
			@Value("${lse.admin.staff-sync-interval:PT10M}") Duration interval) {
		return new BackgroundWork("staff-sync", 1).every("Syncing the staff directory", Duration.ofSeconds(20),
				interval, () -> {
					try {
						directory.sync();
					}
					catch (RuntimeException ex) {
						org.slf4j.LoggerFactory.getLogger(StaffDirectory.class)
							.warn("The staff directory could not be synced: {}", ex.toString());
					}
				});
	}

}
