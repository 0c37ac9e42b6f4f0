package nl.lse.platform.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of the demo users. The platform holds no Keycloak admin credentials, so
 * tokens come from the demo overlay's {@code lse-demo-cli} client (password
 * {@code demo}), which exists only in the demo realm.
 */
class DemoTokens {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String issuer;

	private final HttpClient http = HttpClient.newHttpClient();

	DemoTokens(String issuer) {
		this.issuer = issuer;
	}

	String accessToken(String username) {
		String form = "grant_type=password&client_id=lse-demo-cli&scope=openid%20organization:*&password=demo&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8);
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create(this.issuer + "/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode token = JSON.readTree(response.body()).path("access_token");
			if (response.statusCode() != 200 || !token.isString()) {
				throw new IllegalStateException("No demo token for " + username + ": " + response.statusCode());
			}
			return token.asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak unreachable for the demo data", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String subjectOf(String username) {
		String payload = new String(Base64.getUrlDecoder().decode(accessToken(username).split("\\.")[1]),
				StandardCharsets.UTF_8);
		return JSON.readTree(payload).path("sub").asString();
	}

}
