package nl.lse.platform.assignments;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.lse.keycloak.KeycloakLauncher;
import nl.lse.platform.PlatformApplication;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events survive a crash: the app, a child JVM, commits changes of case teams in two
 * municipalities and is killed ({@code kill -9}) before its relay delivered them (its
 * relay waits an hour after a commit); started again, it finds them in the tenants'
 * outboxes and the assignment index becomes equal to the case teams.
 */
class EventDeliveryCrashIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final JdbcTemplate superuser = TestDatabase.get().superuser();

	private final int port = KeycloakLauncher.freePort();

	private @Nullable Process app;

	@Test
	void eventsPendingAtACrashAreDeliveredAfterTheRestart() throws Exception {
		List.of("gm0363", "gm0599").forEach(TestDatabase.get()::tenant);
		this.app = start(Map.of("lse.events.delay", "1h", "lse.events.first-sweep", "1h"), "before-crash");
		Map<String, String> cases = new TreeMap<>();
		cases.put("gm0363", caseWithWorkers("cd.amsterdam", "gm0363"));
		cases.put("gm0599", caseWithWorkers("cd.rotterdam", "gm0599"));
		for (Map.Entry<String, String> kase : cases.entrySet()) {
			assertThat(pending(kase.getKey(), kase.getValue())).as("events of %s committed", kase.getKey())
				.isPositive();
			assertThat(indexed(kase.getKey(), kase.getValue())).as("index before delivery").isEmpty();
		}

		long pid = this.app.pid();
		assertThat(new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor()).isZero();
		assertThat(this.app.waitFor()).as("exit status of a killed JVM").isEqualTo(137);
		for (Map.Entry<String, String> kase : cases.entrySet()) {
			assertThat(pending(kase.getKey(), kase.getValue())).as("events of %s after the crash", kase.getKey())
				.isPositive();
		}

		this.app = start(Map.of(), "after-restart");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			for (Map.Entry<String, String> kase : cases.entrySet()) {
				assertThat(pending(kase.getKey(), kase.getValue())).isZero();
				assertThat(indexed(kase.getKey(), kase.getValue())).isEqualTo(team(kase.getKey(), kase.getValue()))
					.hasSize(2);
			}
		});
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (this.app != null) {
			this.app.destroy();
			this.app.waitFor();
		}
	}

	/** A case with three LSE workers of whom one left again: eight events. */
	private String caseWithWorkers(String director, String tenant) throws Exception {
		String token = TestKeycloak.accessToken(director);
		String caseId = JSON
			.readTree(
					post("/api/v1/tenants/" + tenant + "/cases", "{\"severity\":2,\"supportLevel\":\"LIGHT\"}", token))
			.path("id")
			.asString();
		List<String> members = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			members.add(JSON
				.readTree(post("/api/v1/tenants/" + tenant + "/cases/" + caseId + "/team",
						"{\"kind\":\"LSE_WORKER\",\"basis\":\"LEGAL_TASK\",\"subject\":\"crash-worker-" + i
								+ "\",\"roleOnCase\":\"Familieondersteuner\",\"reason\":\"Toegewezen\"}",
						token))
				.path("id")
				.asString());
		}
		post("/api/v1/tenants/" + tenant + "/cases/" + caseId + "/team/" + members.get(0) + "/end",
				"{\"reason\":\"Anders verdeeld\"}", token);
		return caseId;
	}

	private int pending(String tenant, String caseId) {
		Integer count = this.superuser.queryForObject(
				"select count(*) from tenant_" + tenant + ".outbox_event where payload ->> 'caseId' = ?", Integer.class,
				caseId);
		return (count != null) ? count : 0;
	}

	private Set<String> indexed(String tenant, String caseId) {
		return new TreeSet<>(this.superuser.queryForList(
				"select lse_worker from platform.assignment where tenant_code = ? and case_id = ?::uuid", String.class,
				tenant, caseId));
	}

	private Set<String> team(String tenant, String caseId) {
		return new TreeSet<>(this.superuser.queryForList(
				"select subject from tenant_" + tenant + ".case_member"
						+ " where case_id = ?::uuid and kind = 'LSE_WORKER' and end_date is null",
				String.class, caseId));
	}

	/**
	 * The platform app in a JVM of its own, on this JVM's class path; ready when healthy.
	 */
	private Process start(Map<String, String> settings, String name) throws Exception {
		Map<String, String> properties = new TreeMap<>(TestDatabase.get().properties());
		properties.put("lse.identity.issuer", TestKeycloak.get().issuer());
		properties.put("lse.identity.clients", "lse-portal,lse-demo-cli");
		properties.put("spring.security.oauth2.client.registration.keycloak.client-secret", TestKeycloak.PORTAL_SECRET);
		properties.put("server.port", String.valueOf(this.port));
		properties.putAll(settings);
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp",
						System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
						PlatformApplication.class.getName()));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		File log = Files.createDirectories(Path.of("target", "crash-test")).resolve(name + ".log").toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
			assertThat(process.isAlive()).as("the app is running (see %s)", log).isTrue();
			return healthy();
		});
		return process;
	}

	private boolean healthy() {
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private String post(String path, String json, String token) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s: %s", path, response.body()).isBetween(200, 299);
		return response.body();
	}

}
