package nl.lse.platform.partners;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.lse.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Demo only: records the demo chain partners' affiliations (e.g. partner.politie for
 * "Politie Eenheid Amsterdam" in gm0363) through the same service the case director's API
 * uses. The platform holds no Keycloak admin credentials, so the demo user's subject is
 * taken from a token of the demo overlay's {@code lse-demo-cli} client (password
 * {@code demo}), which exists only in the demo realm.
 */
class DemoAffiliations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAffiliations.class);

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");

	private final PartnerAffiliations affiliations;

	private final DemoAffiliationsProperties properties;

	private final String issuer;

	DemoAffiliations(PartnerAffiliations affiliations, DemoAffiliationsProperties properties, String issuer) {
		this.affiliations = affiliations;
		this.properties = properties;
		this.issuer = issuer;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoAffiliationsProperties.Affiliation affiliation : this.properties.affiliations()) {
			PartnerOrganisation organisation = this.affiliations.organisationNamed(affiliation.organisation())
				.orElseThrow(() -> new IllegalStateException("Demo partner organisation '" + affiliation.organisation()
						+ "' is not in the registry: tenant-admin registers it in its demo profile"));
			String subject = subjectOf(affiliation.username());
			this.affiliations.record(TenantId.of(affiliation.tenant()), subject, organisation.id(),
					LocalDate.now().withDayOfYear(1), "demo");
			log.info("Demo: {} works for {} in {}", affiliation.username(), organisation.name(), affiliation.tenant());
		}
	}

	private String subjectOf(String username) {
		String form = "grant_type=password&client_id=lse-demo-cli&scope=openid&password=demo&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8);
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(this.issuer + "/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = ACCESS_TOKEN.matcher(response.body());
			if (response.statusCode() != 200 || !token.find()) {
				throw new IllegalStateException("No demo token for " + username + ": " + response.statusCode());
			}
			String payload = new String(Base64.getUrlDecoder().decode(token.group(1).split("\\.")[1]),
					StandardCharsets.UTF_8);
			Matcher subject = SUBJECT.matcher(payload);
			if (!subject.find()) {
				throw new IllegalStateException("Demo token of " + username + " has no subject");
			}
			return subject.group(1);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak unreachable for the demo affiliations", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
