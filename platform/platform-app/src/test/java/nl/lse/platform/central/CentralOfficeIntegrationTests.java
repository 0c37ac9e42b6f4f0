package nl.lse.platform.central;

import java.util.List;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.events.EventRelay;
import nl.lse.platform.casework.Api;
import nl.lse.platform.casework.Api.Response;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central office: the coordinator sees the municipalities' figures and the requests
 * nobody has taken across them, hands one to an LSE worker through the municipality's own
 * address (gate and audit), and the worker finds it among their cases; the register of
 * peer-contact meetings; nobody else gets in.
 */
class CentralOfficeIntegrationTests extends PlatformIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	EventRelay relay;

	@Test
	void theCoordinatorHandsAnUnassignedRequestToAWorker() throws Exception {
		Api director = new Api("cd.amsterdam", "gm0363");
		Api coordinator = new Api("lse.coordinator", "gm0363");
		Api worker = new Api("lse.worker", "gm0363");
		String caseId = director.post("/cases", map("severity", 3, "supportLevel", "MEDIUM")).text("id");
		String trajectory = director.post("/cases/" + caseId + "/trajectories", map("kind", "FAMILY_SUPPORT"))
			.text("id");
		this.relay.awaitDelivered();

		JsonNode queue = central("/api/v1/central/unassigned-requests", coordinator.token());
		assertThat(queue.valueStream().map((r) -> r.path("itemId").asString())).contains(trajectory);
		JsonNode amsterdam = central("/api/v1/central/municipalities", coordinator.token()).valueStream()
			.filter((m) -> m.path("code").asString().equals("gm0363"))
			.findFirst()
			.orElseThrow();
		assertThat(amsterdam.path("openCases").asInt()).isPositive();
		assertThat(amsterdam.path("unassignedRequests").asInt()).isPositive();

		Response assigned = coordinator.post("/work-items/" + trajectory + "/assignment",
				map("lseWorker", worker.subject));
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(204);
		this.relay.awaitDelivered();
		assertThat(central("/api/v1/central/unassigned-requests", coordinator.token()).valueStream()
			.map((r) -> r.path("itemId").asString())).doesNotContain(trajectory);
		assertThat(JSON.readTree(get("/api/v1/me/assignments?size=100", worker.token()).body())
			.path("items")
			.valueStream()
			.map((a) -> a.path("caseId").asString())).contains(caseId);
		assertThat(worker.get("/trajectories/" + trajectory).status()).isEqualTo(200);
		Integer audited = TestDatabase.get()
			.superuser()
			.queryForObject("select count(*) from tenant_gm0363.audit_event where subject_id = ? and action = 'UPDATE'"
					+ " and object_id = ?::uuid", Integer.class, coordinator.subject, trajectory);
		assertThat(audited).isOne();
	}

	@Test
	void onlyLseStaffGetIn() throws Exception {
		for (String user : List.of("cd.amsterdam", "partner.politie", "lse.manager")) {
			String token = TestKeycloak.accessToken(user);
			assertThat(get("/api/v1/central/municipalities", token).statusCode()).as(user).isEqualTo(404);
		}
		assertThat(get("/api/v1/central/unassigned-requests", TestKeycloak.accessToken("lse.worker")).statusCode())
			.isEqualTo(404);
		assertThat(get("/api/v1/central/municipalities", null).statusCode()).isEqualTo(401);
	}

	@Test
	void peerContactMeetingsAreRegistered() throws Exception {
		String worker = TestKeycloak.accessToken("lse.worker");
		Response recorded = post("/api/v1/central/peer-meetings", map("heldOn", "2026-11-20", "region", "Noord-Holland",
				"facilitator", "Begeleider (fictief)", "participants", 9), worker);
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		Response bad = post("/api/v1/central/peer-meetings",
				map("heldOn", "2026-11-20", "region", "Noord-Holland", "facilitator", "x", "participants", 900),
				worker);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text("field")).isEqualTo("participants");
		assertThat(
				central("/api/v1/central/peer-meetings", worker).valueStream().map((m) -> m.path("region").asString()))
			.contains("Noord-Holland");
	}

	private JsonNode central(String path, String token) throws Exception {
		var response = get(path, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private Response post(String path, Object body, String token) throws Exception {
		var request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + TestKeycloak.PORTAL_PORT + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build();
		var response = this.http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.body());
	}

}
