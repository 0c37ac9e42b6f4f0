package nl.lse.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import nl.lse.platform.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform app against the real PostgreSQL and Keycloak of this JVM, on the port
 * Keycloak redirects back to. Every test class extending this shares one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		// the demo history is made as the demo makes it: on its own days (DemoClock)
		properties = "lse.demo.clock=true")
public abstract class PlatformIntegrationTest {

	protected final HttpClient http = HttpClient.newHttpClient();

	/**
	 * The demo municipalities and LSE's own records exist before the context, so every
	 * replica view has them.
	 */
	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestKeycloak.register(registry);
		List.of("gm0363", "gm0599", "gm0193").forEach(TestDatabase.get()::tenant);
		TestDatabase.get().lseOwnRecords();
	}

	protected HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + TestKeycloak.PORTAL_PORT + path))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A 404 body without what differs per request. */
	protected static String normalised(String body) {
		return body.replaceAll("\"timestamp\":\"[^\"]*\"", "").replaceAll("\"path\":\"[^\"]*\"", "");
	}

}
