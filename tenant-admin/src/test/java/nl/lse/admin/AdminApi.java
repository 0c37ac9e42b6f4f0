package nl.lse.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;

/** tenant-admin's API as a client calls it: JSON, with a bearer token or without. */
public final class AdminApi {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private AdminApi() {
	}

	public static HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String body)
			throws IOException, InterruptedException {
		return send(method, path, token, "application/json", body);
	}

	public static HttpResponse<String> send(String method, String path, @Nullable String token, String contentType,
			@Nullable String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + AdminTestKeycloak.ADMIN_PORT + path))
			.header("Accept", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
