package nl.lse.admin.partners;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.admin.onboarding.MunicipalityRequest;
import nl.lse.admin.onboarding.Onboarding;
import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static nl.lse.admin.AdminApi.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chain partners against the real Keycloak and PostgreSQL: an organisation is registered
 * and linked to two municipalities; one of its officers is invited into both (the
 * chain-partner group of each, and an affiliation with the organisation in each schema);
 * taken out of one, they keep the other; an organisation that does not serve a
 * municipality cannot bring users there.
 */
class ChainPartnerIntegrationTests extends TenantAdminIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Onboarding onboarding;

	@Test
	void anOfficerServesTwoMunicipalitiesAndLeavesOne() throws Exception {
		for (String code : List.of("gm0697", "gm0698", "gm0699")) {
			this.onboarding.onboard(new MunicipalityRequest(code, "Partnergemeente " + code, 7, "Regie " + code,
					"regie@" + code + ".test.invalid"), "lse.admin");
		}
		String token = AdminTestKeycloak.accessToken("lse.admin");
		HttpResponse<String> registered = send("POST", "/api/v1/admin/partners", token,
				"{\"name\": \"Politie Eenheid Test\", \"kind\": \"POLICE\"}");
		assertThat(registered.statusCode()).isEqualTo(201);
		String organisation = JSON.readTree(registered.body()).get("id").asString();
		assertThat(send("POST", "/api/v1/admin/partners", token,
				"{\"name\": \"Politie Eenheid Test\", \"kind\": \"POLICE\"}")
			.body()).as("registered once").contains(organisation);
		for (String code : List.of("gm0697", "gm0698")) {
			assertThat(send("PUT", "/api/v1/admin/municipalities/" + code + "/partners/" + organisation, token, null)
				.statusCode()).isEqualTo(204);
		}
		assertThat(send("GET", "/api/v1/admin/municipalities/gm0697/partners", token, null).body())
			.contains("Politie Eenheid Test");

		String invite = "{\"name\": \"Olaf Officier\", \"email\": \"olaf@politie.test.invalid\", \"since\": \"2026-11-01\"}";
		String id = null;
		for (String code : List.of("gm0697", "gm0698")) {
			HttpResponse<String> invited = send("POST",
					"/api/v1/admin/municipalities/" + code + "/partners/" + organisation + "/users", token, invite);
			assertThat(invited.statusCode()).isEqualTo(201);
			id = JSON.readTree(invited.body()).get("id").asString();
		}
		assertThat(affiliation("gm0697", id))
			.containsEntry("partner_organisation_id", java.util.UUID.fromString(organisation))
			.containsEntry("until", null);
		assertThat(groupsOf(id)).containsExactlyInAnyOrder("gm0697/ketenpartners", "gm0698/ketenpartners");

		HttpResponse<String> unlinked = send("POST",
				"/api/v1/admin/municipalities/gm0699/partners/" + organisation + "/users", token, invite);
		assertThat(unlinked.statusCode()).isEqualTo(409);
		assertThat(unlinked.body()).contains("niet aan gemeente gm0699 gekoppeld");

		assertThat(send("DELETE", "/api/v1/admin/municipalities/gm0697/users/" + id, token, null).statusCode())
			.isEqualTo(204);
		assertThat(groupsOf(id)).containsExactly("gm0698/ketenpartners");
		assertThat(affiliation("gm0697", id).get("until")).as("ended in gm0697").isNotNull();
		assertThat(affiliation("gm0698", id).get("until")).as("still serving gm0698").isNull();
		assertThat(TestDatabase.get()
			.superuser()
			.queryForObject("select count(*) from platform.membership_revocation where subject_id = ?", Integer.class,
					id))
			.isOne();
	}

	@Test
	void theRegistryAndAMunicipalitysPartnersFromThePages() throws Exception {
		this.onboarding.onboard(new MunicipalityRequest("gm0692", "Paginapartnergemeente", 7, "Regie Pagina",
				"regie@gm0692.test.invalid"), "lse.admin");
		nl.lse.platform.testing.HttpBrowser browser = new nl.lse.platform.testing.HttpBrowser(
				"http://localhost:" + AdminTestKeycloak.ADMIN_PORT);
		HttpResponse<String> registry = browser.login("lse.admin", "/partners");
		assertThat(registry.body()).contains(">Ketenpartners</h1>");
		HttpResponse<String> empty = browser.submit(registry, "/partners", Map.of("name", " ", "kind", "POLICE"));
		assertThat(empty.body()).contains("Vul de naam van de organisatie in.");
		HttpResponse<String> added = browser.submit(empty, "/partners",
				Map.of("name", "Jeugdzorg Paginastad", "kind", "YOUTH_CARE"));
		assertThat(added.body()).contains("Jeugdzorg Paginastad staat in het register.").contains("Jeugdzorg");

		HttpResponse<String> municipality = browser.get("/gemeenten/gm0692/partners");
		assertThat(municipality.body()).contains("werkt nog met geen enkele partnerorganisatie");
		java.util.regex.Matcher option = java.util.regex.Pattern
			.compile("<option value=\"([0-9a-f-]{36})\">Jeugdzorg Paginastad</option>")
			.matcher(municipality.body());
		assertThat(option.find()).isTrue();
		HttpResponse<String> linked = browser.submit(municipality, "/gemeenten/gm0692/partners",
				Map.of("organisation", option.group(1)));
		assertThat(linked.body()).contains("De organisatie is aan de gemeente gekoppeld.")
			.contains("Jeugdzorg Paginastad (Jeugdzorg)");
		HttpResponse<String> badDate = browser.submit(linked, "/gemeenten/gm0692/partners/uitnodigen",
				Map.of("organisation", option.group(1), "name", "Jet Jeugd", "email", "jet@jeugd.test.invalid", "since",
						"1-12"));
		assertThat(badDate.body()).contains("Vul de datum in als jjjj-mm-dd").contains("value=\"Jet Jeugd\"");
		HttpResponse<String> invited = browser.submit(badDate, "/gemeenten/gm0692/partners/uitnodigen",
				Map.of("organisation", option.group(1), "name", "Jet Jeugd", "email", "jet@jeugd.test.invalid", "since",
						"2026-12-01"));
		assertThat(invited.body()).contains("jet@jeugd.test.invalid is uitgenodigd.");
	}

	private static Map<String, Object> affiliation(String code, String subject) {
		JdbcTemplate superuser = TestDatabase.get().superuser();
		return superuser.queryForMap("select partner_organisation_id, since, until from tenant_" + code
				+ ".partner_affiliation where subject = ? order by since desc limit 1", subject);
	}

	/** "alias/group" for every municipality group the user is in. */
	private static List<String> groupsOf(String userId) {
		KeycloakAdmin admin = AdminTestKeycloak.get().admin();
		List<String> groups = new java.util.ArrayList<>();
		for (String code : List.of("gm0697", "gm0698", "gm0699")) {
			String organization = null;
			for (JsonNode found : admin.get("/lse/organizations?search=" + code + "&exact=false&first=0&max=10")) {
				if (code.equals(found.get("alias").asString())) {
					organization = found.get("id").asString();
				}
			}
			for (JsonNode group : admin.get("/lse/organizations/" + organization + "/groups?first=0&max=10")) {
				for (JsonNode member : admin.get("/lse/organizations/" + organization + "/groups/"
						+ group.get("id").asString() + "/members?first=0&max=100")) {
					if (userId.equals(member.get("id").asString())) {
						groups.add(code + "/" + group.get("name").asString());
					}
				}
			}
		}
		return groups;
	}

}
