package nl.lse.platform.partners;

import javax.sql.DataSource;

import nl.lse.platform.tenancy.TenancyAutoConfiguration;
import nl.lse.platform.tenancy.TenantTransactions;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partner affiliations for every app that has tenancy. */
@AutoConfiguration(after = TenancyAutoConfiguration.class)
public class PartnersAutoConfiguration {

	@Bean
	PartnerAffiliations partnerAffiliations(TenantTransactions tenants, DataSource dataSource) {
		return new PartnerAffiliations(tenants, new JdbcTemplate(dataSource));
	}

}
