package nl.lse.admin.onboarding;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Municipalities to provision at startup, for local runs with demo data.
 *
 * @param tenants tenant code to municipality name, e.g. {@code gm0363: Amsterdam}; empty
 * in production
 * @param partnerOrganisations registry entries to create, name to kind
 * @param directors tenant code to "name &lt;e-mail&gt;" of its first case director: those
 * municipalities are onboarded (Keycloak included) rather than only provisioned
 */
@ConfigurationProperties("lse.demo")
record DemoTenantsProperties(@DefaultValue Map<String, String> tenants,
		@DefaultValue Map<String, String> partnerOrganisations, @DefaultValue Map<String, String> directors) {

}
