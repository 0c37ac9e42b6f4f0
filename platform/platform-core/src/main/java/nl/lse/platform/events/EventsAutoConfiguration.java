package nl.lse.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.lse.platform.tenancy.TenancyAutoConfiguration;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tenant events for apps that work in tenants: publishing everywhere, delivery where
 * {@code lse.events.relay} is on (platform-app).
 */
@AutoConfiguration(after = TenancyAutoConfiguration.class)
@ConditionalOnBean(TenantTransactions.class)
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

	/**
	 * Events are values of this app's own records: a mapper of their own, not the web's.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	EventRelay eventRelay(JdbcTemplate jdbc, TenantTransactions tenants, TenantCatalog catalog,
			ApplicationEventPublisher listeners, EventsProperties properties, ObjectProvider<MeterRegistry> registry) {
		return new EventRelay(jdbc, tenants, catalog, listeners, JSON, properties,
				registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	TenantEvents tenantEvents(JdbcTemplate jdbc, EventRelay relay) {
		return new TenantEvents(jdbc, JSON, relay);
	}

}
