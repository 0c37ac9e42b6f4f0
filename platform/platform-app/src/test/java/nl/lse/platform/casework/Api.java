package nl.lse.platform.casework;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import nl.lse.platform.TestKeycloak;
import nl.lse.platform.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/** A user of the API with a real token from Keycloak, against one tenant. */
public final class Api {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	final String user;

	final String token;

	public final String subject;

	private final String base;

	public Api(String user, String tenant) {
		this.user = user;
		this.token = TestKeycloak.accessToken(user);
		this.subject = (String) TestKeycloak.payload(this.token).get("sub");
		this.base = "http://localhost:" + TestKeycloak.PORTAL_PORT + "/api/v1/tenants/" + tenant;
	}

	public String token() {
		return this.token;
	}

	/**
	 * "Politie Eenheid Amsterdam" in the partner registry (tenant-admin's table, written
	 * as its login; made once): the organisation partner.politie works for in the tests.
	 */
	public static UUID amsterdamPolice() {
		JdbcTemplate admin = new JdbcTemplate(TestDatabase.get().dataSource(TestDatabase.get().roles().admin()));
		admin.update("insert into platform.partner_organisation (name, kind) values ('Politie Eenheid Amsterdam',"
				+ " 'POLICE') on conflict (name) do nothing");
		return admin.queryForObject("select id from platform.partner_organisation where name = ?", UUID.class,
				"Politie Eenheid Amsterdam");
	}

	public String user() {
		return this.user;
	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body, null);
	}

	Response post(String path, Object body, String idempotencyKey) {
		return send("POST", path, body, idempotencyKey);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body, null);
	}

	private Response send(String method, String path, @Nullable Object body, @Nullable String key) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(path.startsWith("http") ? path : this.base + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(json(body))
					: HttpRequest.BodyPublishers.noBody());
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	public static Map<String, Object> map(Object... keysAndValues) {
		java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** Status and body of one response. */
	public record Response(int status, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String text(String field) {
			return json().path(field).asString();
		}

		public long version() {
			return json().path("version").asLong();
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
