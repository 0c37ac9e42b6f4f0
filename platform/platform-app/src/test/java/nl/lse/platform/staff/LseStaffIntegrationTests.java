package nl.lse.platform.staff;

import java.net.http.HttpResponse;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LSE workers are listed by name once they used the platform, for those who hand out
 * work; nobody else is listed, and nobody else sees the list.
 */
class LseStaffIntegrationTests extends PlatformIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anLseWorkerWhoUsedThePlatformIsListedByName() throws Exception {
		String worker = TestKeycloak.accessToken("lse.worker");
		assertThat(get("/api/v1/me", worker).statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/tenants/gm0363", TestKeycloak.accessToken("staff.amsterdam")).statusCode())
			.isEqualTo(200);

		HttpResponse<String> listed = get("/api/v1/lse-workers", TestKeycloak.accessToken("cd.amsterdam"));
		assertThat(listed.statusCode()).isEqualTo(200);
		JsonNode workers = JSON.readTree(listed.body());
		String subject = (String) TestKeycloak.payload(worker).get("sub");
		JsonNode listedWorker = workers.valueStream()
			.filter((w) -> w.path("subject").asString().equals(subject))
			.findFirst()
			.orElseThrow(() -> new AssertionError("lse.worker is not listed: " + listed.body()));
		assertThat(listedWorker.path("name").asString()).as("a name to choose by, not the account id")
			.isNotBlank()
			.isNotEqualTo(subject);
		String staff = (String) TestKeycloak.payload(TestKeycloak.accessToken("staff.amsterdam")).get("sub");
		assertThat(listed.body()).as("municipality staff are not LSE workers").doesNotContain(staff);

		assertThat(get("/api/v1/lse-workers", TestKeycloak.accessToken("lse.coordinator")).statusCode()).isEqualTo(200);
	}

	@Test
	void onlyThoseWhoHandOutWorkSeeTheList() throws Exception {
		for (String user : new String[] { "staff.amsterdam", "partner.politie", "lse.worker", "lse.manager" }) {
			HttpResponse<String> refused = get("/api/v1/lse-workers", TestKeycloak.accessToken(user));
			assertThat(refused.statusCode()).as(user).isEqualTo(404);
		}
		assertThat(get("/api/v1/lse-workers", null).statusCode()).isEqualTo(401);
	}

}
