package nl.lse.platform.partners;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which partner organisation a chain partner works for comes from each municipality's own
 * records: partner.politie is "Politie Eenheid Amsterdam" in gm0363 and "Politie Eenheid
 * Rotterdam" in gm0599, as recorded by each municipality's case director.
 */
class PartnerAffiliationIntegrationTests extends PlatformIntegrationTest {

	static UUID amsterdamPolice;

	static UUID rotterdamPolice;

	@BeforeAll
	static void registry() {
		JdbcTemplate admin = new JdbcTemplate(TestDatabase.get().dataSource(TestDatabase.get().roles().admin()));
		amsterdamPolice = register(admin, "Politie Eenheid Amsterdam");
		rotterdamPolice = register(admin, "Politie Eenheid Rotterdam");
	}

	@Test
	void eachMunicipalityRecordsWhomItsPartnerWorksFor() throws Exception {
		String partner = TestKeycloak.accessToken("partner.politie");
		String subject = (String) TestKeycloak.payload(partner).get("sub");

		assertThat(put("/api/v1/tenants/gm0363/partner-affiliations/" + subject, amsterdamPolice,
				TestKeycloak.accessToken("cd.amsterdam"))
			.statusCode()).isEqualTo(204);
		assertThat(put("/api/v1/tenants/gm0599/partner-affiliations/" + subject, rotterdamPolice,
				TestKeycloak.accessToken("cd.rotterdam"))
			.statusCode()).isEqualTo(204);

		assertThat(get("/api/v1/tenants/gm0363", partner).body())
			.contains("\"partnerOrganisation\":\"Politie Eenheid Amsterdam\"");
		assertThat(get("/api/v1/tenants/gm0599", partner).body())
			.contains("\"partnerOrganisation\":\"Politie Eenheid Rotterdam\"");
		assertThat(get("/api/v1/tenants/gm0363", TestKeycloak.accessToken("cd.amsterdam")).body())
			.contains("\"partnerOrganisation\":null");
		// every change is in the municipality's access log, by the case director, about
		// the
		// partner user
		String director = (String) TestKeycloak.payload(TestKeycloak.accessToken("cd.amsterdam")).get("sub");
		assertThat(
				TestDatabase.get()
					.superuser()
					.queryForObject("select count(*) from tenant_gm0363.audit_event where action = 'UPDATE'"
							+ " and object_kind = 'PARTNER_AFFILIATION' and object_id = ?::uuid and subject_id = ?",
							Integer.class, subject, director))
			.isPositive();
	}

	@Test
	void onlyTheCaseDirectorRecordsAndOnlyInTheirOwnMunicipality() throws Exception {
		String subject = (String) TestKeycloak.payload(TestKeycloak.accessToken("partner.politie")).get("sub");
		assertThat(put("/api/v1/tenants/gm0363/partner-affiliations/" + subject, amsterdamPolice,
				TestKeycloak.accessToken("partner.politie"))
			.statusCode()).isEqualTo(403);
		assertThat(put("/api/v1/tenants/gm0363/partner-affiliations/" + subject, amsterdamPolice,
				TestKeycloak.accessToken("staff.amsterdam"))
			.statusCode()).isEqualTo(403);
		assertThat(put("/api/v1/tenants/gm0599/partner-affiliations/" + subject, rotterdamPolice,
				TestKeycloak.accessToken("cd.amsterdam"))
			.statusCode()).isEqualTo(404);
	}

	@Test
	void anUnknownOrganisationIsAProblemNamingTheField() throws Exception {
		HttpResponse<String> response = put("/api/v1/tenants/gm0363/partner-affiliations/someone", UUID.randomUUID(),
				TestKeycloak.accessToken("cd.amsterdam"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"partnerOrganisationId\"").contains("register");
	}

	private HttpResponse<String> put(String path, UUID organisation, String token) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + TestKeycloak.PORTAL_PORT + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"partnerOrganisationId\":\"" + organisation + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static UUID register(JdbcTemplate admin, String name) {
		admin.update("insert into platform.partner_organisation (name, kind) values (?, 'POLICE') "
				+ "on conflict (name) do nothing", name);
		return admin.queryForObject("select id from platform.partner_organisation where name = ?", UUID.class, name);
	}

}
