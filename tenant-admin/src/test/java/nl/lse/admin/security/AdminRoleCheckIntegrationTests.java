package nl.lse.admin.security;

import java.util.List;
import java.util.Map;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.testing.HttpBrowser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator whose {@code lse-admin} role is taken away in Keycloak loses LSE
 * beheer at the next page, not when the session ends.
 */
class AdminRoleCheckIntegrationTests extends TenantAdminIntegrationTest {

	@Test
	void aDemotedAdministratorIsOutAtTheNextPage() throws Exception {
		KeycloakAdmin admin = AdminTestKeycloak.get().admin();
		String username = "admin.tijdelijk";
		admin.post("/lse/users",
				Map.of("username", username, "enabled", true, "email", username + "@test.invalid", "emailVerified",
						true, "firstName", "Tijdelijk", "lastName", "Beheerder", "credentials",
						List.of(Map.of("type", "password", "value", "demo", "temporary", false))));
		String userId = admin.get("/lse/users?exact=true&username=" + username).get(0).get("id").asString();
		JsonNode role = admin.get("/lse/roles/lse-admin");
		admin.post("/lse/users/" + userId + "/role-mappings/realm", List.of(role));
		for (JsonNode organization : admin.get("/lse/organizations?search=lse&exact=false&first=0&max=20")) {
			if ("lse".equals(organization.get("alias").asString())) {
				admin.post("/lse/organizations/" + organization.get("id").asString() + "/members",
						"\"" + userId + "\"");
			}
		}

		HttpBrowser browser = new HttpBrowser("http://localhost:" + AdminTestKeycloak.ADMIN_PORT);
		assertThat(browser.login(username, "/gemeenten").statusCode()).isEqualTo(200);

		admin.delete("/lse/users/" + userId + "/role-mappings/realm", List.of(role));
		assertThat(browser.get("/gemeenten").statusCode()).as("the same session, at the next page").isEqualTo(403);
		assertThat(browser.get("/gemeenten").statusCode()).as("the session is gone: back to the login").isEqualTo(302);
	}

}
