package nl.lse.platform.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review, item 9: an API request's JSON body is capped before it is read whole
 * (Tomcat caps form posts only, and {@code @Size} runs after deserialization): 413 as a
 * ProblemDetail, with a declared length and without one (chunked).
 */
class RequestBodyLimitIntegrationTests extends PlatformIntegrationTest {

	static final String SIGNALS = "http://localhost:" + TestKeycloak.PORTAL_PORT + "/api/v1/tenants/gm0363/signals";

	final String token = TestKeycloak.accessToken("cd.amsterdam");

	@Test
	void aBodyOverTheCapIs413WithOrWithoutItsLength() throws Exception {
		byte[] huge = ("{\"receivedOn\":\"2026-11-01\",\"source\":\"SCHOOL\",\"description\":\"" + "x".repeat(400_000)
				+ "\"}")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> declared = send(HttpRequest.BodyPublishers.ofByteArray(huge));
		HttpResponse<String> chunked = send(
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
		assertThat(declared.body()).contains("\"title\":\"Te groot\"");
		assertThat(declared.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
		assertThat(chunked.body()).contains("\"title\":\"Te groot\"");
	}

	@Test
	void anOrdinaryBodyPasses() throws Exception {
		HttpResponse<String> created = send(HttpRequest.BodyPublishers.ofString(
				"{\"receivedOn\":\"2026-11-01\",\"source\":\"SCHOOL\",\"description\":\"Gewoon signaal (fictief)\"}"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(SIGNALS))
				.header("Authorization", "Bearer " + this.token)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
