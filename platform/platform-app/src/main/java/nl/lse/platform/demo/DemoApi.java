package nl.lse.platform.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's own API, called as one demo user after another. */
class DemoApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final Supplier<String> base;

	private final DemoTokens tokens;

	private final Map<String, String> tokenByUser = new HashMap<>();

	/** The day the next calls happen on (a demo run's clock), or today. */
	private @Nullable LocalDate day;

	/**
	 * @param base the platform's own address, known once its server has started
	 */
	DemoApi(Supplier<String> base, DemoTokens tokens) {
		this.base = base;
		this.tokens = tokens;
	}

	JsonNode get(String user, String path) {
		return send(user, "GET", path, null);
	}

	JsonNode post(String user, String path, Object body) {
		return send(user, "POST", path, body);
	}

	JsonNode put(String user, String path, Object body) {
		return send(user, "PUT", path, body);
	}

	/**
	 * Makes the next calls happen on {@code day} (null: today), see {@link DemoClock}.
	 */
	void onDay(@Nullable LocalDate day) {
		this.day = day;
	}

	/** The current version of a record, for the next change. */
	long version(String user, String path) {
		return get(user, path).path("version").asLong();
	}

	String subjectOf(String user) {
		return this.tokens.subjectOf(user);
	}

	private JsonNode send(String user, String method, String path, @Nullable Object body) {
		String token = this.tokenByUser.computeIfAbsent(user, this.tokens::accessToken);
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base.get() + path));
		if (this.day != null) {
			builder.header(DemoClock.HEADER, this.day.toString());
		}
		HttpRequest request = builder.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
							: HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(
						method + " " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
			}
			return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Tokens live five minutes: the loader starts afresh for each municipality. */
	void forgetTokens() {
		this.tokenByUser.clear();
	}

}
