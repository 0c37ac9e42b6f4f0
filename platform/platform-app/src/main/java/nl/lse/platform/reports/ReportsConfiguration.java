package nl.lse.platform.reports;

import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import org.thymeleaf.ITemplateEngine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report pages' parts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
class ReportsConfiguration {

	@Bean
	ReportService reportService(JdbcTemplate jdbc, TenantCatalog tenantCatalog, TenantTransactions tenants,
			AuditTrail audit, ReportsProperties properties, nl.lse.platform.audit.SecurityEvents securityEvents) {
		return new ReportService(new ReportFigures(jdbc), tenantCatalog, tenants, audit, properties, securityEvents,
				new nl.lse.platform.identity.MembershipRevocations(jdbc));
	}

	@Bean
	ReportPdf reportPdf(ITemplateEngine templates) throws java.io.IOException {
		return new ReportPdf(templates);
	}

}
