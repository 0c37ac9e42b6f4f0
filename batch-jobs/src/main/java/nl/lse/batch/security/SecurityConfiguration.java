package nl.lse.batch.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Health and info for the probes, and the progress of running reports (counts only);
 * every other address is refused. Not in the command line, which has no web server.
 * batch-jobs has no pages: reports are served by platform-app.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	@Bean
	SecurityFilterChain probesOnly(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/reports")
			.permitAll()
			.anyRequest()
			.denyAll());
		return http.build();
	}

}
