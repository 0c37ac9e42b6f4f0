package nl.lse.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few admin REST calls the launcher and the demo overlay make, as the bootstrap admin
 * of the master realm.
 */
public final class KeycloakAdmin {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String token;

	private KeycloakAdmin(String baseUrl, String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	public static KeycloakAdmin login(String baseUrl, String username, String password) {
		HttpClient http = HttpClient.newHttpClient();
		String form = "grant_type=password&client_id=admin-cli&username=" + encode(username) + "&password="
				+ encode(password);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		JsonNode body = JSON.readTree(send(http, request, 200));
		return new KeycloakAdmin(baseUrl, body.get("access_token").asString());
	}

	public JsonNode get(String path) {
		return JSON.readTree(send(this.http, request(path).GET().build(), 200));
	}

	/** POST a JSON body; returns the status (201 created, 204, or 409 when it exists). */
	public int post(String path, Object body) {
		HttpRequest request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body)))
			.build();
		return sendAllowing(request, 409);
	}

	public void put(String path, Object body) {
		put(path, body, -1);
	}

	/** PUT a JSON body; returns the status (2xx, or {@code alsoAccepted}). */
	public int put(String path, Object body, int alsoAccepted) {
		HttpRequest request = request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json(body)))
			.build();
		return sendAllowing(request, alsoAccepted);
	}

	public void delete(String path) {
		sendAllowing(request(path).DELETE().build(), 404);
	}

	/** DELETE with a JSON body, as role-mapping removals take. */
	public void delete(String path, Object body) {
		HttpRequest request = request(path).header("Content-Type", "application/json")
			.method("DELETE", HttpRequest.BodyPublishers.ofString(json(body)))
			.build();
		sendAllowing(request, 404);
	}

	private int sendAllowing(HttpRequest request, int alsoAccepted) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			if ((status / 100) != 2 && status != alsoAccepted) {
				throw new IllegalStateException(
						request.method() + " " + request.uri() + " answered " + status + ": " + response.body());
			}
			return status;
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + "/admin/realms" + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json");
	}

	private static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	static String send(HttpClient http, HttpRequest request, int expected) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException(
						request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A JSON file of this module's resources (the realm file, the demo overlay). */
	static JsonNode resource(String path) {
		try (InputStream in = KeycloakAdmin.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + path);
			}
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
