package nl.lse.admin.audit;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The administrators' log, written as the admin login. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AdminLog adminLog(DataSource adminDataSource) {
		return new AdminLog(new JdbcTemplate(adminDataSource));
	}

}
