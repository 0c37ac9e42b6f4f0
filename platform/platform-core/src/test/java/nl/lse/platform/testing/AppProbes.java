package nl.lse.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What every app answers over HTTP before any feature: health for the probes. */
public final class AppProbes {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private AppProbes() {
	}

	public static void assertHealthUp(int port) {
		HttpResponse<String> health = get(port, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	/** Every given address is refused (401 or 403) to an anonymous caller. */
	public static void assertRefused(int port, String... paths) {
		for (String path : paths) {
			assertThat(get(port, path).statusCode()).as(path).isIn(401, 403);
		}
	}

	public static HttpResponse<String> get(int port, String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
