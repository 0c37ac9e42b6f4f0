package nl.lse.admin.staff;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.admin.onboarding.MunicipalityRequest;
import nl.lse.admin.onboarding.Onboarding;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static nl.lse.admin.AdminApi.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff directory against the real Keycloak: LSE's staff with their LSE-wide role and
 * team, kept through a sync; each municipality's contacts by role, e-mail only.
 */
class StaffDirectoryIntegrationTests extends TenantAdminIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Onboarding onboarding;

	@Test
	void lseStaffAndMunicipalContactsComeFromKeycloak() throws Exception {
		this.onboarding.onboard(
				new MunicipalityRequest("gm0693", "Contactgemeente", 7, "Cora Contact", "cora@gm0693.test.invalid"),
				"lse.admin");
		String token = AdminTestKeycloak.accessToken("lse.admin");
		assertThat(send("POST", "/api/v1/admin/staff/sync", token, null).statusCode()).isEqualTo(200);

		Map<String, JsonNode> staff = staff(token);
		assertThat(staff.get("lse.worker@demo.lse.example").get("role").asString()).isEqualTo("lse-worker");
		assertThat(staff.get("lse.coordinator@demo.lse.example").get("role").asString()).isEqualTo("lse-coordinator");
		assertThat(staff.get("lse.manager@demo.lse.example").get("role").asString()).isEqualTo("lse-management");
		assertThat(staff.get("lse.admin@demo.lse.example").get("role").asString()).isEqualTo("lse-admin");
		assertThat(staff.values()).allSatisfy((member) -> assertThat(member.get("active").asBoolean()).isTrue());

		String worker = staff.get("lse.worker@demo.lse.example").get("id").asString();
		assertThat(send("PUT", "/api/v1/admin/staff/" + worker + "/team", token, "{\"team\": \"noord\"}").statusCode())
			.isEqualTo(204);
		assertThat(send("PUT", "/api/v1/admin/staff/" + worker + "/team", token, "{\"team\": \"Team Noord!\"}")
			.statusCode()).isEqualTo(400);
		assertThat(send("PUT", "/api/v1/admin/staff/not-lse-staff/team", token, "{\"team\": \"noord\"}").statusCode())
			.isEqualTo(404);
		send("POST", "/api/v1/admin/staff/sync", token, null);
		assertThat(staff(token).get("lse.worker@demo.lse.example").get("team").asString()).as("kept in Keycloak")
			.isEqualTo("noord");

		JdbcTemplate superuser = TestDatabase.get().superuser();
		List<Map<String, Object>> contacts = superuser
			.queryForList("select email, role from platform.municipal_contact where tenant_code = 'gm0693'");
		assertThat(contacts).containsExactly(Map.of("email", "cora@gm0693.test.invalid", "role", "case-director"));
	}

	private static Map<String, JsonNode> staff(String token) throws Exception {
		Map<String, JsonNode> byEmail = new java.util.HashMap<>();
		JSON.readTree(send("GET", "/api/v1/admin/staff", token, null).body()).valueStream().forEach((member) -> {
			if (!member.get("email").isNull()) {
				byEmail.put(member.get("email").asString(), member);
			}
		});
		return byEmail;
	}

}
