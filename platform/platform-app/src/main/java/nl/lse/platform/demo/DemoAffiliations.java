package nl.lse.platform.demo;

import java.time.Clock;
import java.time.LocalDate;

import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.partners.PartnerOrganisation;
import nl.lse.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Demo only: records the demo chain partners' affiliations (e.g. partner.politie for
 * "Politie Eenheid Amsterdam" in gm0363) through the same service the case director's API
 * uses; the demo user's subject comes from a demo token ({@link DemoTokens}).
 */
class DemoAffiliations implements ApplicationRunner, Ordered {

	/** Before the demo cases, which put the partners on teams. */
	@Override
	public int getOrder() {
		return 0;
	}

	private static final Logger log = LoggerFactory.getLogger(DemoAffiliations.class);

	private final PartnerAffiliations affiliations;

	private final DemoAffiliationsProperties properties;

	private final DemoTokens tokens;

	private final Clock clock;

	DemoAffiliations(PartnerAffiliations affiliations, DemoAffiliationsProperties properties, DemoTokens tokens,
			Clock clock) {
		this.clock = clock;
		this.affiliations = affiliations;
		this.properties = properties;
		this.tokens = tokens;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoAffiliationsProperties.Affiliation affiliation : this.properties.affiliations()) {
			PartnerOrganisation organisation = this.affiliations.organisationNamed(affiliation.organisation())
				.orElseThrow(() -> new IllegalStateException("Demo partner organisation '" + affiliation.organisation()
						+ "' is not in the registry: tenant-admin registers it in its demo profile"));
			String subject = this.tokens.subjectOf(affiliation.username());
			this.affiliations.recordBySystem(TenantId.of(affiliation.tenant()), subject, organisation.id(),
					LocalDate.now(this.clock).withDayOfYear(1), "demo");
			log.info("Demo: {} works for {} in {}", affiliation.username(), organisation.name(), affiliation.tenant());
		}
	}

}
