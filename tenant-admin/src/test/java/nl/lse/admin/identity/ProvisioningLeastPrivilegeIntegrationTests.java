package nl.lse.admin.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.admin.onboarding.MunicipalityRequest;
import nl.lse.admin.onboarding.Onboarding;
import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.keycloak.KeycloakLauncher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What whoever holds the {@code lse-provisioning} secret can do in Keycloak (real
 * Keycloak 26, fine-grained admin permissions v2): what onboarding needs, and nothing
 * that makes someone LSE staff or takes over an LSE account. Each refusal is Keycloak's
 * own 403 to the service account's token, not a rule of tenant-admin.
 */
class ProvisioningLeastPrivilegeIntegrationTests extends TenantAdminIntegrationTest {

	private static final String CODE = "gm0678";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	Onboarding onboarding;

	private String serviceAccount = "";

	private final KeycloakAdmin master = AdminTestKeycloak.get().admin();

	@BeforeEach
	void serviceAccountToken() throws Exception {
		KeycloakLauncher keycloak = AdminTestKeycloak.get();
		HttpResponse<String> token = HTTP
			.send(HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=lse-provisioning"
						+ "&client_secret=" + AdminTestKeycloak.PROVISIONING_SECRET))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).isEqualTo(200);
		this.serviceAccount = JSON.readTree(token.body()).get("access_token").asString();
	}

	@Test
	void itMayNotMakeAnyoneLseStaffNorTouchAnLseAccount() throws Exception {
		// a municipal user it created itself, through onboarding
		this.onboarding.onboard(
				new MunicipalityRequest(CODE, "Rechtengemeente", 7, "Rik Rechten", "rik@" + CODE + ".test.invalid"),
				"lse.admin");
		String rik = userId("rik@" + CODE + ".test.invalid");
		String lseAdmin = userId("lse.admin");
		String serviceAccountUser = userId("service-account-lse-provisioning");
		JsonNode lseWorker = this.master.get("/lse/roles/lse-worker");
		String roles = "[" + lseWorker + "]";

		assertThat(asServiceAccount("POST", "/users/" + rik + "/role-mappings/realm", roles))
			.as("lse-worker to a municipal user")
			.isEqualTo(403);
		assertThat(asServiceAccount("POST", "/users/" + serviceAccountUser + "/role-mappings/realm", roles))
			.as("lse-worker to itself")
			.isEqualTo(403);
		assertThat(asServiceAccount("PUT", "/users/" + lseAdmin + "/reset-password",
				"{\"type\":\"password\",\"value\":\"overgenomen-1234\",\"temporary\":false}"))
			.as("lse.admin's password")
			.isEqualTo(403);
		assertThat(asServiceAccount("PUT", "/users/" + lseAdmin, "{\"requiredActions\":[]}")).as("lse.admin's account")
			.isEqualTo(403);
		assertThat(asServiceAccount("POST", "/roles/case-director/composites", roles))
			.as("lse-worker inside a municipality role")
			.isEqualTo(403);
		assertThat(asServiceAccount("POST", "/roles/default-roles-lse/composites", roles)).as("lse-worker for everyone")
			.isEqualTo(403);
		assertThat(asServiceAccount("PUT", "", "{\"adminPermissionsEnabled\":false}"))
			.as("switching the permissions off")
			.isEqualTo(403);
		assertThat(asServiceAccount("POST", "/users",
				"{\"username\":\"stiekem@lse.test.invalid\",\"email\":\"stiekem@lse.test.invalid\",\"enabled\":true}"))
			.as("a user outside the municipal users' group")
			.isEqualTo(403);
		String organization = organizationId(CODE);
		String directors = orgGroupId(organization, "casusregie");
		assertThat(asServiceAccount("POST",
				"/organizations/" + organization + "/groups/" + directors + "/role-mappings/realm", roles))
			.as("lse-worker to a municipality's group")
			.isEqualTo(403);
		JsonNode realmManagement = this.master.get("/lse/clients?clientId=realm-management").get(0);
		JsonNode manageUsers = this.master
			.get("/lse/clients/" + realmManagement.get("id").asString() + "/roles/manage-users");
		assertThat(asServiceAccount("POST",
				"/users/" + serviceAccountUser + "/role-mappings/clients/" + realmManagement.get("id").asString(),
				"[" + manageUsers + "]"))
			.as("manage-users for itself")
			.isEqualTo(403);

		// and what it is for still works: its municipal user is in the role group
		assertThat(asServiceAccount("GET", "/users/" + rik, null)).isEqualTo(200);
		assertThat(this.master.get("/lse/organizations/" + organization + "/groups/" + directors + "/members")
			.valueStream()
			.map((member) -> member.get("id").asString())).contains(rik);
		assertThat(
				this.master.get("/lse/organizations/" + organization + "/groups/" + directors + "/role-mappings/realm")
					.valueStream()
					.map((role) -> role.get("name").asString()))
			.containsExactly("case-director");
		assertThat(this.master.get("/lse/users/" + rik + "/role-mappings/realm/composite")
			.valueStream()
			.map((role) -> role.get("name").asString())).doesNotContain("lse-worker");
	}

	@Test
	void namesAreSetByAdministratorsAndAdminEventsKeepTheirDetails() throws Exception {
		JsonNode realm = this.master.get("/lse");
		assertThat(realm.get("adminPermissionsEnabled").asBoolean()).isTrue();
		assertThat(realm.get("adminEventsEnabled").asBoolean()).isTrue();
		assertThat(realm.get("adminEventsDetailsEnabled").asBoolean()).isTrue();

		// a user cannot rename themselves through the account console's API
		String token = AdminTestKeycloak.accessToken("staff.amsterdam");
		HttpResponse<String> account = HTTP
			.send(HttpRequest.newBuilder(URI.create(AdminTestKeycloak.get().issuer() + "/account"))
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(account.statusCode()).isEqualTo(200);
		tools.jackson.databind.node.ObjectNode renamed = (tools.jackson.databind.node.ObjectNode) JSON
			.readTree(account.body());
		renamed.put("firstName", "Iemand Anders");
		HttpResponse<String> rename = HTTP
			.send(HttpRequest.newBuilder(URI.create(AdminTestKeycloak.get().issuer() + "/account"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(renamed.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(rename.statusCode()).isEqualTo(400);
		assertThat(rename.body()).contains("error-user-attribute-read-only");
		assertThat(this.master.get("/lse/users/" + userId("staff.amsterdam")).get("firstName").asString())
			.isEqualTo("Sander");
	}

	private int asServiceAccount(String method, String path, String body) throws Exception {
		String base = AdminTestKeycloak.get().baseUrl() + "/admin/realms/lse";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + this.serviceAccount)
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private String userId(String username) {
		return this.master.get("/lse/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
			.get(0)
			.get("id")
			.asString();
	}

	private String organizationId(String alias) {
		for (JsonNode organization : this.master.get("/lse/organizations?first=0&max=1000")) {
			if (alias.equals(organization.get("alias").asString())) {
				return organization.get("id").asString();
			}
		}
		throw new AssertionError("no organization " + alias);
	}

	private String orgGroupId(String organization, String name) {
		List<JsonNode> groups = this.master.get("/lse/organizations/" + organization + "/groups")
			.valueStream()
			.toList();
		return groups.stream()
			.filter((group) -> name.equals(group.get("name").asString()))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
	}

}
