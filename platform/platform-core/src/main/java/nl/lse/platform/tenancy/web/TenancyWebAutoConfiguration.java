package nl.lse.platform.tenancy.web;

import nl.lse.platform.tenancy.TenancyAutoConfiguration;
import nl.lse.platform.tenancy.catalog.TenantDirectory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * The request side of tenancy in servlet apps: the resolver (deny all until the identity
 * layer supplies one) and the filter that binds the tenant and applies its status.
 */
@AutoConfiguration(after = TenancyAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class TenancyWebAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TenantResolver tenantResolver() {
		return new DenyAllTenantResolver();
	}

	/** Runs after Spring Security's chain (order -100): the resolver needs the user. */
	@Bean
	FilterRegistrationBean<TenantRequestFilter> tenantRequestFilter(TenantResolver resolver, TenantDirectory directory,
			ApplicationEventPublisher events) {
		FilterRegistrationBean<TenantRequestFilter> registration = new FilterRegistrationBean<>(
				new TenantRequestFilter(resolver, directory, events));
		registration.setOrder(0);
		return registration;
	}

}
