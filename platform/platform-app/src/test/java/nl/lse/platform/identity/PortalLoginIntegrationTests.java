package nl.lse.platform.identity;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal login through Keycloak's own pages (identity-first: user name, then
 * password), with code + PKCE, as a browser does it (cookies, redirects, forms); the
 * portal and the API give the same user the same authorities; logging the user out in
 * Keycloak ends the portal session through the back channel.
 */
class PortalLoginIntegrationTests extends PlatformIntegrationTest {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void bothChainsGiveTheSameAuthorities() throws Exception {
		Browser browser = new Browser();
		assertThat(browser.login("partner.politie", "/").statusCode()).isEqualTo(200);
		HttpResponse<String> portal = browser.get("/me");
		assertThat(portal.statusCode()).isEqualTo(200);
		JsonNode fromPortal = JSON.readTree(portal.body());
		JsonNode fromApi = JSON.readTree(get("/api/v1/me", TestKeycloak.accessToken("partner.politie")).body());
		assertThat(fromPortal.get("authorities")).isEqualTo(fromApi.get("authorities"));
		assertThat(fromPortal.get("tenants")).isEqualTo(fromApi.get("tenants"));
		assertThat(fromPortal.get("authorities").toString()).contains("gm0363:ROLE_CHAIN_PARTNER")
			.contains("gm0599:ROLE_CHAIN_PARTNER");
		assertThat(fromPortal.get("municipalityRoles")).isEqualTo(fromApi.get("municipalityRoles"));
	}

	@Test
	void aCaseDirectorLandsOnTheAmsterdamPortal() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> start = browser.login("cd.amsterdam", "/");
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.uri().getPath()).isEqualTo("/t/gm0363/");
		assertThat(start.body()).contains("Testgemeente gm0363").contains("Uitloggen");
		assertThat(start.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(browser.get("/t/gm0599/").statusCode()).as("not a member of Rotterdam").isEqualTo(404);
	}

	@Test
	void aUserLoggedOutInKeycloakLosesThePortalSession() throws Exception {
		Browser browser = new Browser();
		assertThat(browser.login("cd.rotterdam", "/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);

		String userId = TestKeycloak.get()
			.admin()
			.get("/lse/users?exact=true&username=cd.rotterdam")
			.get(0)
			.get("id")
			.asString();
		TestKeycloak.get().admin().post("/lse/users/" + userId + "/logout", "");

		HttpResponse<String> after = browser.get("/me");
		assertThat(after.statusCode()).as("back to the login").isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).get().asString().contains("/oauth2/authorization/keycloak");
	}

	@Test
	void aSessionWrittenByAnEarlierVersionAsksToSignInAgain() throws Exception {
		Browser browser = new Browser();
		assertThat(browser.login("cd.amsterdam", "/").statusCode()).isEqualTo(200);
		// the serialized user of an older class shape no longer reads back
		int changed = TestDatabase.get()
			.superuser()
			.update("update platform.spring_session_attributes set attribute_bytes = decode('aced0005deadbeef', 'hex')"
					+ " where attribute_name = 'SPRING_SECURITY_CONTEXT'");
		assertThat(changed).isPositive();
		HttpResponse<String> after = browser.get("/t/gm0363/");
		assertThat(after.statusCode()).as("back to the login, not an error page").isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).get().asString().contains("/oauth2/authorization/keycloak");
	}

	@Test
	void aUserRemovedFromAMunicipalityLosesItWhenTheAccessTokenIsRefreshed() throws Exception {
		KeycloakAdmin admin = TestKeycloak.get().admin();
		JsonNode portalClient = admin.get("/lse/clients?clientId=lse-portal").get(0);
		String clientPath = "/lse/clients/" + portalClient.get("id").asString();
		String userId = admin.get("/lse/users?exact=true&username=partner.politie").get(0).get("id").asString();
		String amsterdam = organizationId(admin, "gm0363");
		// tokens of 40 s: the portal refreshes 30 s before expiry, so after 10 s
		admin.put(clientPath, Map.of("attributes", Map.of("access.token.lifespan", "40")));
		try {
			Browser browser = new Browser();
			assertThat(browser.login("partner.politie", "/").uri().getPath()).isEqualTo("/t/gm0363/");
			admin.delete("/lse/organizations/" + amsterdam + "/members/" + userId);

			assertThat(browser.get("/t/gm0363/").statusCode()).as("the token in hand still says gm0363").isEqualTo(200);
			Thread.sleep(12_000);
			assertThat(browser.get("/t/gm0363/").statusCode()).as("after the refresh").isEqualTo(404);
			assertThat(browser.get("/t/gm0599/").statusCode()).as("still a member of Rotterdam").isEqualTo(200);
		}
		finally {
			admin.post("/lse/organizations/" + amsterdam + "/members", "\"" + userId + "\"");
			admin.put("/lse/organizations/" + amsterdam + "/groups/"
					+ MunicipalityRolesIntegrationTests.groupId(admin, amsterdam, "ketenpartners") + "/members/"
					+ userId, "");
			admin.put(clientPath, Map.of("attributes", Map.of("access.token.lifespan", "")));
		}
	}

	@Test
	void theProductionRealmAsksACaseDirectorForASecondFactor() throws Exception {
		KeycloakAdmin admin = TestKeycloak.get().admin();
		String flow = "/lse/authentication/flows/lse%20forms/executions";
		String secondFactor = null;
		for (JsonNode execution : admin.get(flow)) {
			if ("lse second factor".equals(execution.get("displayName").asString())) {
				secondFactor = execution.get("id").asString();
			}
		}
		assertThat(secondFactor).as("the second-factor sub-flow of realm lse").isNotNull();
		String username = "cd.tweedefactor";
		if (admin.get("/lse/users?exact=true&username=" + username).isEmpty()) {
			admin.post("/lse/users",
					Map.of("username", username, "enabled", true, "email", username + "@test.invalid", "emailVerified",
							true, "firstName", "Test", "lastName", "Tweedefactor", "credentials",
							List.of(Map.of("type", "password", "value", "demo", "temporary", false))));
		}
		String userId = admin.get("/lse/users?exact=true&username=" + username).get(0).get("id").asString();
		// case director of Amsterdam through its organization's group, as every
		// municipality
		// role is given: a login flow's role condition does not see organization group
		// roles,
		// so the realm gives every user the marker role
		String amsterdam = organizationId(admin, "gm0363");
		admin.post("/lse/organizations/" + amsterdam + "/members", "\"" + userId + "\"");
		admin.put("/lse/organizations/" + amsterdam + "/groups/"
				+ MunicipalityRolesIntegrationTests.groupId(admin, amsterdam, "casusregie") + "/members/" + userId, "");
		// undo the demo overlay's relaxation for this test: the realm file's own flow
		admin.put(flow, Map.of("id", secondFactor, "requirement", "CONDITIONAL"));
		try {
			Browser browser = new Browser();
			HttpResponse<String> afterPassword = browser.login(username, "/");
			assertThat(afterPassword.uri().getHost()).as("still at Keycloak, not in the portal")
				.isEqualTo(URI.create(TestKeycloak.get().baseUrl()).getHost());
			assertThat(afterPassword.uri().getPort()).isEqualTo(URI.create(TestKeycloak.get().baseUrl()).getPort());
			assertThat(afterPassword.body()).as("the authenticator set-up page").containsIgnoringCase("totp");
		}
		finally {
			admin.put(flow, Map.of("id", secondFactor, "requirement", "DISABLED"));
		}
	}

	private static String organizationId(KeycloakAdmin admin, String alias) {
		for (JsonNode organization : admin.get("/lse/organizations?first=0&max=100")) {
			if (alias.equals(organization.get("alias").asString())) {
				return organization.get("id").asString();
			}
		}
		throw new IllegalStateException("No organization " + alias);
	}

	/**
	 * A browser's cookie jar for localhost: Keycloak marks its cookies Secure, which
	 * browsers honour on http://localhost (a secure context) and java.net.CookieManager
	 * does not.
	 */
	static final class LocalhostCookies extends CookieHandler {

		private final Map<String, String> cookies = new ConcurrentHashMap<>();

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
			if (this.cookies.isEmpty()) {
				return Map.of();
			}
			return Map.of("Cookie",
					List.of(this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; "))));
		}

		@Override
		public void put(URI uri, Map<String, List<String>> headers) {
			headers.forEach((name, values) -> {
				if ("set-cookie".equalsIgnoreCase(name)) {
					values.forEach(this::store);
				}
			});
		}

		private void store(String header) {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).trim();
			String value = pair.substring(equals + 1).trim();
			if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}

	}

	/** Cookies and redirects, one step at a time. */
	static final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new LocalhostCookies())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> login(String username, String target) throws Exception {
			HttpResponse<String> page = follow(get(target));
			assertThat(page.body()).as("Keycloak's user name page").contains("username");
			page = follow(post(formAction(page), Map.of("username", username)));
			assertThat(page.body()).as("Keycloak's password page").contains("password");
			return follow(post(formAction(page), Map.of("username", username, "password", "demo")));
		}

		HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
			URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl)
					: URI.create("http://localhost:" + TestKeycloak.PORTAL_PORT + pathOrUrl);
			String accept = uri.getPath().equals("/me") ? "application/json" : "text/html";
			return this.http.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		private HttpResponse<String> post(String url, Map<String, String> form)
				throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
			HttpResponse<String> current = response;
			for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
				String location = current.headers().firstValue("Location").orElseThrow();
				current = get(current.uri().resolve(location).toString());
			}
			return current;
		}

		private static String formAction(HttpResponse<String> page) {
			Matcher matcher = FORM_ACTION.matcher(page.body());
			boolean found = matcher.find();
			if (!found) {
				try {
					java.nio.file.Files.writeString(java.nio.file.Path.of("target", "login-page-without-form.html"),
							page.body());
				}
				catch (IOException ex) {
					// the assertion below says what matters
				}
			}
			assertThat(found)
				.as("a form on %s (status %s); page kept in target/login-page-without-form.html", page.uri(),
						page.statusCode())
				.isTrue();
			return matcher.group(1).replace("&amp;", "&");
		}

	}

}
