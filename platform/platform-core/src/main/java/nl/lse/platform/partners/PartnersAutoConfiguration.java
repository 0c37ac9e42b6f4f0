package nl.lse.platform.partners;

import java.util.UUID;

import javax.sql.DataSource;

import nl.lse.platform.audit.ActingOrganisation;
import nl.lse.platform.audit.AuditAutoConfiguration;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.tenancy.TenancyAutoConfiguration;
import nl.lse.platform.tenancy.TenantTransactions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partner affiliations for every app that has tenancy. */
@AutoConfiguration(after = { TenancyAutoConfiguration.class, AuditAutoConfiguration.class })
public class PartnersAutoConfiguration {

	@Bean
	PartnerAffiliations partnerAffiliations(TenantTransactions tenants, DataSource dataSource,
			ObjectProvider<AuditTrail> audit) {
		return new PartnerAffiliations(tenants, new JdbcTemplate(dataSource),
				(event) -> audit.ifAvailable((trail) -> trail.record(event)));
	}

	/** Whom a chain partner acts for, in the access log: the same rule as everywhere. */
	@Bean
	ActingOrganisation actingOrganisation(PartnerAffiliations affiliations) {
		return (subject) -> affiliations.organisationToday(subject).map(UUID::toString);
	}

}
