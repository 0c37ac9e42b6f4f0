package nl.lse.admin.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Health and info for the probes; every other address is refused. Only in a web
 * application: the command-line runs (provisioning with web-application-type none) have
 * no HTTP security to configure. tenant-admin's own pages and API come with onboarding,
 * behind the lse-tenant-admin login.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	@Bean
	SecurityFilterChain probesOnly(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
					.permitAll()
					.anyRequest()
					.denyAll());
		return http.build();
	}

}
