package nl.lse.platform.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.PortalBrowser;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal login through Keycloak's own pages (identity-first: user name, then
 * password), with code + PKCE, as a browser does it (cookies, redirects, forms); the
 * portal and the API give the same user the same authorities; logging the user out in
 * Keycloak ends the portal session through the back channel.
 */
class PortalLoginIntegrationTests extends PlatformIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void bothChainsGiveTheSameAuthorities() throws Exception {
		PortalBrowser browser = new PortalBrowser();
		assertThat(browser.login("partner.politie", "/").statusCode()).isEqualTo(200);
		HttpResponse<String> portal = browser.get("/me");
		assertThat(portal.statusCode()).isEqualTo(200);
		JsonNode fromPortal = JSON.readTree(portal.body());
		JsonNode fromApi = JSON.readTree(get("/api/v1/me", TestKeycloak.accessToken("partner.politie")).body());
		assertThat(fromPortal.get("authorities")).isEqualTo(fromApi.get("authorities"));
		assertThat(fromPortal.get("tenants")).isEqualTo(fromApi.get("tenants"));
		assertThat(fromPortal.get("authorities").toString()).contains("gm0363:ROLE_CHAIN_PARTNER")
			.contains("gm0599:ROLE_CHAIN_PARTNER");
		assertThat(fromPortal.get("municipalityRoles")).isEqualTo(fromApi.get("municipalityRoles"));
	}

	@Test
	void aCaseDirectorLandsOnTheAmsterdamPortal() throws Exception {
		PortalBrowser browser = new PortalBrowser();
		HttpResponse<String> start = browser.login("cd.amsterdam", "/");
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.uri().getPath()).isEqualTo("/t/gm0363/");
		assertThat(start.body()).contains("Testgemeente gm0363").contains("Uitloggen");
		assertThat(start.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(browser.get("/t/gm0599/").statusCode()).as("not a member of Rotterdam").isEqualTo(404);
	}

	@Test
	void aUserLoggedOutInKeycloakLosesThePortalSession() throws Exception {
		PortalBrowser browser = new PortalBrowser();
		assertThat(browser.login("cd.rotterdam", "/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);

		String userId = TestKeycloak.get()
			.admin()
			.get("/lse/users?exact=true&username=cd.rotterdam")
			.get(0)
			.get("id")
			.asString();
		TestKeycloak.get().admin().post("/lse/users/" + userId + "/logout", "");

		HttpResponse<String> after = browser.get("/me");
		assertThat(after.statusCode()).as("back to the login").isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).get().asString().contains("/oauth2/authorization/keycloak");
	}

	@Test
	void aSessionWrittenByAnEarlierVersionAsksToSignInAgain() throws Exception {
		PortalBrowser browser = new PortalBrowser();
		assertThat(browser.login("cd.amsterdam", "/").statusCode()).isEqualTo(200);
		// the serialized user of an older class shape no longer reads back
		int changed = TestDatabase.get()
			.superuser()
			.update("update platform.spring_session_attributes set attribute_bytes = decode('aced0005deadbeef', 'hex')"
					+ " where attribute_name = 'SPRING_SECURITY_CONTEXT'");
		assertThat(changed).isPositive();
		HttpResponse<String> after = browser.get("/t/gm0363/");
		assertThat(after.statusCode()).as("back to the login, not an error page").isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).get().asString().contains("/oauth2/authorization/keycloak");
	}

	@Test
	void aUserRemovedFromAMunicipalityLosesItWhenTheAccessTokenIsRefreshed() throws Exception {
		KeycloakAdmin admin = TestKeycloak.get().admin();
		JsonNode portalClient = admin.get("/lse/clients?clientId=lse-portal").get(0);
		String clientPath = "/lse/clients/" + portalClient.get("id").asString();
		String userId = admin.get("/lse/users?exact=true&username=partner.politie").get(0).get("id").asString();
		String amsterdam = organizationId(admin, "gm0363");
		// tokens of 36 s: the portal refreshes 30 s before expiry, so after 6 s
		admin.put(clientPath, Map.of("attributes", Map.of("access.token.lifespan", "36")));
		try {
			PortalBrowser browser = new PortalBrowser();
			assertThat(browser.login("partner.politie", "/").uri().getPath()).isEqualTo("/t/gm0363/");
			admin.delete("/lse/organizations/" + amsterdam + "/members/" + userId);

			assertThat(browser.get("/t/gm0363/").statusCode()).as("the token in hand still says gm0363").isEqualTo(200);
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> assertThat(browser.get("/t/gm0363/").statusCode()).as("after the refresh")
					.isEqualTo(404));
			assertThat(browser.get("/t/gm0599/").statusCode()).as("still a member of Rotterdam").isEqualTo(200);
		}
		finally {
			admin.post("/lse/organizations/" + amsterdam + "/members", "\"" + userId + "\"");
			admin.put("/lse/organizations/" + amsterdam + "/groups/"
					+ MunicipalityRolesIntegrationTests.groupId(admin, amsterdam, "ketenpartners") + "/members/"
					+ userId, "");
			admin.put(clientPath, Map.of("attributes", Map.of("access.token.lifespan", "")));
		}
	}

	@Test
	void theProductionRealmAsksACaseDirectorForASecondFactor() throws Exception {
		KeycloakAdmin admin = TestKeycloak.get().admin();
		String flow = "/lse/authentication/flows/lse%20forms/executions";
		String secondFactor = null;
		for (JsonNode execution : admin.get(flow)) {
			if ("lse second factor".equals(execution.get("displayName").asString())) {
				secondFactor = execution.get("id").asString();
			}
		}
		assertThat(secondFactor).as("the second-factor sub-flow of realm lse").isNotNull();
		String username = "cd.tweedefactor";
		String userId = TestKeycloak.user(username, "Tweedefactor");
		// case director of Amsterdam through its organization's group, as every
		// municipality
		// role is given: a login flow's role condition does not see organization group
		// roles,
		// so the realm gives every user the marker role
		String amsterdam = organizationId(admin, "gm0363");
		admin.post("/lse/organizations/" + amsterdam + "/members", "\"" + userId + "\"");
		admin.put("/lse/organizations/" + amsterdam + "/groups/"
				+ MunicipalityRolesIntegrationTests.groupId(admin, amsterdam, "casusregie") + "/members/" + userId, "");
		// undo the demo overlay's relaxation for this test: the realm file's own flow
		admin.put(flow, Map.of("id", secondFactor, "requirement", "CONDITIONAL"));
		try {
			PortalBrowser browser = new PortalBrowser();
			HttpResponse<String> afterPassword = browser.login(username, "/");
			assertThat(afterPassword.uri().getHost()).as("still at Keycloak, not in the portal")
				.isEqualTo(URI.create(TestKeycloak.get().baseUrl()).getHost());
			assertThat(afterPassword.uri().getPort()).isEqualTo(URI.create(TestKeycloak.get().baseUrl()).getPort());
			assertThat(afterPassword.body()).as("the authenticator set-up page").containsIgnoringCase("totp");
		}
		finally {
			admin.put(flow, Map.of("id", secondFactor, "requirement", "DISABLED"));
		}
	}

	private static String organizationId(KeycloakAdmin admin, String alias) {
		for (JsonNode organization : admin.get("/lse/organizations?first=0&max=100")) {
			if (alias.equals(organization.get("alias").asString())) {
				return organization.get("id").asString();
			}
		}
		throw new IllegalStateException("No organization " + alias);
	}

}
