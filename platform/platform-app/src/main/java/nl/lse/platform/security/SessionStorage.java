package nl.lse.platform.security;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Portal sessions live in {@code platform.SPRING_SESSION} and are written as the runtime
 * login, outside any tenant: Spring Session saves a session when the response is
 * committed, which can happen while a tenant request renders its page. A tenant-blind
 * transaction manager (Spring Session runs it with REQUIRES_NEW) keeps that write out of
 * the tenant.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

	@Bean
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

}
