package nl.lse.platform.demo;

import java.time.Clock;

import nl.lse.platform.casework.CaseWorkClock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;

/**
 * The demo clock ({@link DemoClock}) with its request header, only where
 * {@code lse.demo.clock=true}: the demo profile, and the integration tests, which make
 * the demo history the same way. Never in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lse.demo.clock", havingValue = "true")
class DemoClockConfiguration {

	/** The platform's clock in a demo run: a request may happen on a past day. */
	@Bean
	@Primary
	Clock demoClock() {
		return new DemoClock(Clock.system(CaseWorkClock.ZONE));
	}

	@Bean
	FilterRegistrationBean<DemoClock.DayFilter> demoDayFilter() {
		FilterRegistrationBean<DemoClock.DayFilter> registration = new FilterRegistrationBean<>(
				new DemoClock.DayFilter(Clock.system(CaseWorkClock.ZONE)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
