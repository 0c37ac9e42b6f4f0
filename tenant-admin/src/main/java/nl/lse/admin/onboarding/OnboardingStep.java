package nl.lse.admin.onboarding;

/**
 * The steps of onboarding a municipality, in order; each is stored once done, so the next
 * run starts after it. Every step is idempotent as well, so a run that failed halfway
 * through a step repeats it safely.
 */
public enum OnboardingStep {

	/** Asked for; nothing done yet. */
	REQUESTED("Aangevraagd"),

	/** Catalog row (PROVISIONING), roles, schema and migrations. */
	SCHEMA("Database ingericht"),

	/** The Keycloak organization, alias = tenant code. */
	ORGANIZATION("Organisatie in Keycloak"),

	/** Its groups casusregie, medewerkers and ketenpartners with their roles. */
	ROLE_GROUPS("Rolgroepen"),

	/** The first case director: member, in casusregie, with required actions. */
	FIRST_DIRECTOR("Eerste casusregisseur"),

	/** The catalog opened the tenant. */
	ACTIVE("Actief");

	private final String label;

	OnboardingStep(String label) {
		this.label = label;
	}

	/** Dutch, as the page shows it. */
	public String label() {
		return this.label;
	}

	OnboardingStep next() {
		return values()[ordinal() + 1];
	}

}
