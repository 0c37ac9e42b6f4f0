package nl.lse.platform.identity;

import nl.lse.platform.tenancy.web.TenancyWebAutoConfiguration;
import nl.lse.platform.tenancy.web.TenantResolver;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Token verification and the tenant gate for every app that sets
 * {@code lse.identity.issuer}. Registered before the tenancy web configuration, whose
 * deny-all resolver then backs off.
 */
@AutoConfiguration(before = TenancyWebAutoConfiguration.class)
@ConditionalOnProperty("lse.identity.issuer")
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(IdentityProperties properties) {
		return TokenVerification.decoder(properties);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	TenantResolver tenantGate(JdbcTemplate jdbc) {
		return new TenantGate(new MembershipRevocations(jdbc));
	}

}
