package nl.lse.platform.assignments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.events.EventRelay;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assignment index lists an LSE worker's cases across municipalities, and stays equal
 * to the case teams when assignments change concurrently.
 */
class AssignmentIndexIntegrationTests extends PlatformIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	EventRelay relay;

	final JdbcTemplate superuser = TestDatabase.get().superuser();

	@Test
	void anLseWorkersCasesAcrossMunicipalities() throws Exception {
		String worker = subject("lse.worker");
		String amsterdam = caseWithTrajectory("cd.amsterdam", "gm0363", worker);
		String rotterdam = caseWithTrajectory("cd.rotterdam", "gm0599", worker);
		this.relay.awaitDelivered();
		JsonNode mine = JSON
			.readTree(get("/api/v1/me/assignments?size=100", TestKeycloak.accessToken("lse.worker")).body());
		List<String> entries = mine.path("items")
			.valueStream()
			.map((item) -> item.path("tenant").asString() + " " + item.path("caseId").asString() + " "
					+ item.path("phase").asString())
			.toList();
		assertThat(entries).contains("gm0363 " + amsterdam + " REFERRED", "gm0599 " + rotterdam + " REFERRED");
		// nobody else's
		JsonNode theirs = JSON.readTree(get("/api/v1/me/assignments", TestKeycloak.accessToken("cd.amsterdam")).body());
		assertThat(theirs.path("total").asInt()).isZero();
	}

	@Test
	void staysEqualToTheCaseTeamUnderConcurrentChanges() throws Exception {
		String token = TestKeycloak.accessToken("cd.amsterdam");
		String caseId = JSON
			.readTree(post("/api/v1/tenants/gm0363/cases", "{\"severity\":2,\"supportLevel\":\"LIGHT\"}", token))
			.path("id")
			.asString();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String worker = "lse-worker-" + i;
			boolean leaves = i % 3 == 0;
			done.add(pool.submit(() -> {
				String member = retry(
						() -> post("/api/v1/tenants/gm0363/cases/" + caseId + "/team",
								"{\"kind\":\"LSE_WORKER\",\"basis\":\"LEGAL_TASK\",\"subject\":\"" + worker
										+ "\",\"roleOnCase\":\"Familieondersteuner\",\"reason\":\"Toegewezen\"}",
								token));
				if (leaves) {
					retry(() -> post(
							"/api/v1/tenants/gm0363/cases/" + caseId + "/team/"
									+ JSON.readTree(member).path("id").asString() + "/end",
							"{\"reason\":\"Anders verdeeld\"}", token));
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
		this.relay.awaitDelivered();
		Set<String> team = new TreeSet<>(this.superuser.queryForList(
				"select subject from tenant_gm0363.case_member"
						+ " where case_id = ?::uuid and kind = 'LSE_WORKER' and end_date is null",
				String.class, caseId));
		Set<String> indexed = new TreeSet<>(this.superuser.queryForList(
				"select lse_worker from platform.assignment where tenant_code = 'gm0363' and case_id = ?::uuid",
				String.class, caseId));
		assertThat(team).hasSize(8);
		assertThat(indexed).isEqualTo(team);
	}

	private String caseWithTrajectory(String director, String tenant, String worker) throws Exception {
		String token = TestKeycloak.accessToken(director);
		String caseId = JSON
			.readTree(
					post("/api/v1/tenants/" + tenant + "/cases", "{\"severity\":2,\"supportLevel\":\"LIGHT\"}", token))
			.path("id")
			.asString();
		post("/api/v1/tenants/" + tenant + "/cases/" + caseId + "/trajectories",
				"{\"kind\":\"FAMILY_SUPPORT\",\"lseWorker\":\"" + worker + "\"}", token);
		return caseId;
	}

	/**
	 * Concurrent changes of one case meet optimistic locking (409): the client tries
	 * again.
	 */
	private static String retry(java.util.concurrent.Callable<String> change) throws Exception {
		for (int attempt = 0; attempt < 50; attempt++) {
			String body = change.call();
			if (!body.contains("\"status\":409")) {
				return body;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("still conflicting after 50 attempts");
	}

	private String post(String path, String json, String token) throws Exception {
		var request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + TestKeycloak.PORTAL_PORT + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
			.build();
		return this.http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String subject(String user) {
		return (String) TestKeycloak.payload(TestKeycloak.accessToken(user)).get("sub");
	}

}
