package nl.lse.platform.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.PortalBrowser;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.casework.Api;
import nl.lse.platform.casework.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * A municipality role holds in the municipality that gave it, and nowhere else: against
 * the real Keycloak 26.7.3, whose organization group mapper writes each municipality's
 * group roles into that municipality's entry of the {@code organization} claim.
 * {@code cd.zwolle} is case director in Zwolle (gm0193) and chain partner in Rotterdam
 * (gm0599).
 */
class MunicipalityRolesIntegrationTests extends PlatformIntegrationTest {

	private static final List<String> MUNICIPALITY_ROLES = List.of("case-director", "municipality-staff",
			"chain-partner");

	@Test
	void keycloakWritesEachMunicipalitysRolesIntoItsOwnEntryOnly() {
		Map<String, Object> token = TestKeycloak.payload(TestKeycloak.accessToken("cd.zwolle"));
		assertThat(token.get("organization")).asInstanceOf(MAP).containsOnlyKeys("gm0193", "gm0599");
		Map<?, ?> zwolle = (Map<?, ?>) ((Map<?, ?>) token.get("organization")).get("gm0193");
		Map<?, ?> rotterdam = (Map<?, ?>) ((Map<?, ?>) token.get("organization")).get("gm0599");
		assertThat(zwolle.get("groups")).isEqualTo(List.of("/casusregie"));
		assertThat(((Map<?, ?>) zwolle.get("realm_access")).get("roles")).asInstanceOf(LIST)
			.contains("case-director")
			.doesNotContain("chain-partner");
		assertThat(rotterdam.get("groups")).isEqualTo(List.of("/ketenpartners"));
		assertThat(((Map<?, ?>) rotterdam.get("realm_access")).get("roles")).asInstanceOf(LIST)
			.contains("chain-partner")
			.doesNotContain("case-director");
		assertThat(((Map<?, ?>) token.get("realm_access")).get("roles"))
			.as("on 26.7.3 organization group roles stay out of the top-level realm_access")
			.asInstanceOf(LIST)
			.doesNotContainAnyElementsOf(MUNICIPALITY_ROLES);

		Map<String, Object> worker = TestKeycloak.payload(TestKeycloak.accessToken("lse.worker"));
		assertThat(((Map<?, ?>) worker.get("realm_access")).get("roles")).asInstanceOf(LIST).contains("lse-worker");
		assertThat(worker.get("organization")).asInstanceOf(MAP).containsOnlyKeys("lse");
	}

	@Test
	void aCaseDirectorInZwolleIsOnlyAChainPartnerInRotterdam() throws Exception {
		Api zwolle = new Api("cd.zwolle", "gm0193");
		Api rotterdam = new Api("cd.zwolle", "gm0599");
		assertThat(zwolle.post("/cases", map("severity", 2, "supportLevel", "LIGHT")).status()).isEqualTo(201);
		assertThat(rotterdam.post("/cases", map("severity", 2, "supportLevel", "LIGHT")).status())
			.as("opening a case is the case director's")
			.isEqualTo(403);

		String rotterdamCase = new Api("cd.rotterdam", "gm0599")
			.post("/cases", map("severity", 3, "supportLevel", "MEDIUM"))
			.text("id");
		assertThat(rotterdam.get("/cases/" + rotterdamCase).status()).as("a partner not on the team").isEqualTo(404);
		assertThat(rotterdam.get("/cases/" + rotterdamCase + "/access-log").status()).isEqualTo(404);

		Map<String, Object> affiliation = map("partnerOrganisationId", UUID.randomUUID().toString());
		assertThat(rotterdam.put("/partner-affiliations/someone", affiliation).status()).isEqualTo(403);
		Response inZwolle = zwolle.put("/partner-affiliations/someone", affiliation);
		assertThat(inZwolle.status()).as("past the role check, refused for the unknown organisation").isEqualTo(400);
		assertThat(inZwolle.body()).contains("partnerOrganisationId");

		JsonNode me = new Api("cd.zwolle", "gm0193").get("http://localhost:" + TestKeycloak.PORTAL_PORT + "/api/v1/me")
			.json();
		assertThat(me.get("roles").size()).isZero();
		assertThat(me.get("municipalityRoles").get("gm0193").toString()).isEqualTo("[\"case-director\"]");
		assertThat(me.get("municipalityRoles").get("gm0599").toString()).isEqualTo("[\"chain-partner\"]");
	}

	@Test
	void thePortalShowsDirectorActionsInZwolleOnly() throws Exception {
		PortalBrowser browser = new PortalBrowser();
		HttpResponse<String> start = browser.login("cd.zwolle", "/");
		assertThat(start.uri().getPath()).isEqualTo("/t/gm0193/");
		HttpResponse<String> zwolle = browser.get("/t/gm0193/casussen");
		assertThat(zwolle.statusCode()).isEqualTo(200);
		assertThat(zwolle.body()).contains("/t/gm0193/casussen/nieuw");
		HttpResponse<String> rotterdam = browser.get("/t/gm0599/casussen");
		assertThat(rotterdam.statusCode()).isEqualTo(200);
		assertThat(rotterdam.body()).doesNotContain("casussen/nieuw");
		assertThat(browser.get("/t/gm0363/casussen").statusCode()).isEqualTo(404);
	}

	@Test
	void aRealmWideCaseDirectorRoleGivesNoRightsInAnyMunicipality() throws Exception {
		KeycloakAdmin admin = TestKeycloak.get().admin();
		String username = "cd.realmwide";
		String userId = TestKeycloak.user(username, "Realmwide");
		// the defect this guards against: case-director mapped realm-wide
		admin.post("/lse/users/" + userId + "/role-mappings/realm", List.of(admin.get("/lse/roles/case-director")));
		String rotterdam = organizationId(admin, "gm0599");
		admin.post("/lse/organizations/" + rotterdam + "/members", "\"" + userId + "\"");

		String token = TestKeycloak.accessToken(username);
		assertThat(((Map<?, ?>) TestKeycloak.payload(token).get("realm_access")).get("roles")).asInstanceOf(LIST)
			.contains("case-director");
		assertThat(get("/api/v1/tenants/gm0599", token).statusCode()).as("a member without a role there")
			.isEqualTo(404);

		String staffGroup = groupId(admin, rotterdam, "medewerkers");
		admin.put("/lse/organizations/" + rotterdam + "/groups/" + staffGroup + "/members/" + userId, "");
		Api asStaff = new Api(username, "gm0599");
		assertThat(get("/api/v1/tenants/gm0599", asStaff.token()).statusCode()).isEqualTo(200);
		assertThat(asStaff.post("/cases", map("severity", 1, "supportLevel", "LIGHT")).status())
			.as("staff in Rotterdam, whatever the top-level roles say")
			.isEqualTo(403);
	}

	@Test
	void theDemoOverlayAndTheRealmUpgradeCanBeAppliedAgain() {
		// a local run starts Keycloak on the database of the previous run: both run again
		KeycloakAdmin admin = TestKeycloak.get().admin();
		new nl.lse.keycloak.RealmUpgrade(admin).apply();
		new nl.lse.keycloak.DemoOverlay(admin).apply();
		Map<String, Object> token = TestKeycloak.payload(TestKeycloak.accessToken("cd.zwolle"));
		assertThat(token.get("organization")).asInstanceOf(MAP).containsOnlyKeys("gm0193", "gm0599");
	}

	static String organizationId(KeycloakAdmin admin, String alias) {
		for (JsonNode organization : admin.get("/lse/organizations?first=0&max=100")) {
			if (alias.equals(organization.get("alias").asString())) {
				return organization.get("id").asString();
			}
		}
		throw new IllegalStateException("No organization " + alias);
	}

	static String groupId(KeycloakAdmin admin, String organizationId, String name) {
		return admin.get("/lse/organizations/" + organizationId + "/groups?exact=true&search=" + name)
			.get(0)
			.get("id")
			.asString();
	}

}
