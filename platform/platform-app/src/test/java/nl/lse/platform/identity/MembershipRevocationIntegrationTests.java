package nl.lse.platform.identity;

import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.PortalBrowser;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user taken out of one municipality by tenant-admin (a row in
 * {@code platform.membership_revocation}, and out of its Keycloak organization) loses it
 * at the next request, in the portal and the API, although the tokens in hand still name
 * it; their other municipality stays open.
 */
class MembershipRevocationIntegrationTests extends PlatformIntegrationTest {

	@Test
	void aRemovedMemberIsRefusedFromTheNextRequest() throws Exception {
		KeycloakAdmin admin = TestKeycloak.get().admin();
		String userId = admin.get("/lse/users?exact=true&username=partner.politie").get(0).get("id").asString();
		String amsterdam = MunicipalityRolesIntegrationTests.organizationId(admin, "gm0363");
		PortalBrowser browser = new PortalBrowser();
		assertThat(browser.login("partner.politie", "/").uri().getPath()).isEqualTo("/t/gm0363/");
		String token = TestKeycloak.accessToken("partner.politie");
		assertThat(get("/api/v1/tenants/gm0363", token).statusCode()).isEqualTo(200);
		JdbcTemplate tenantAdmin = new JdbcTemplate(TestDatabase.get().dataSource(TestDatabase.get().roles().admin()));
		try {
			// what tenant-admin's MunicipalUsers.remove does
			tenantAdmin.update("insert into platform.membership_revocation (subject_id, tenant_code, revoked_by)"
					+ " values (?, 'gm0363', 'lse.admin')", userId);
			admin.delete("/lse/organizations/" + amsterdam + "/members/" + userId);

			assertThat(browser.get("/t/gm0363/").statusCode()).as("the portal, at once").isEqualTo(404);
			assertThat(get("/api/v1/tenants/gm0363", token).statusCode()).as("the API, same token").isEqualTo(404);
			assertThat(browser.get("/t/gm0599/").statusCode()).as("Rotterdam stays").isEqualTo(200);
			assertThat(get("/api/v1/tenants/gm0599", token).statusCode()).isEqualTo(200);
		}
		finally {
			admin.post("/lse/organizations/" + amsterdam + "/members", "\"" + userId + "\"");
			admin.put("/lse/organizations/" + amsterdam + "/groups/"
					+ MunicipalityRolesIntegrationTests.groupId(admin, amsterdam, "ketenpartners") + "/members/"
					+ userId, "");
			TestDatabase.get()
				.superuser()
				.update("delete from platform.membership_revocation where subject_id = ?", userId);
		}
		assertThat(get("/api/v1/tenants/gm0363", TestKeycloak.accessToken("partner.politie")).statusCode())
			.as("added back: a new token enters again")
			.isEqualTo(200);
	}

}
