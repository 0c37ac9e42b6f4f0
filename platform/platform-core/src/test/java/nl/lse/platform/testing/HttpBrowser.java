package nl.lse.platform.testing;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An app behind the Keycloak login through plain HTTP, as a browser without JavaScript
 * uses it: cookies and redirects, one step at a time, through Keycloak's own pages
 * (identity-first: user name, then password; every demo user's password is {@code demo}).
 */
public class HttpBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String baseUrl;

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new LocalhostCookies())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public HttpResponse<String> login(String username, String target) throws Exception {
		HttpResponse<String> page = follow(get(target));
		assertThat(page.body()).as("Keycloak's user name page").contains("username");
		page = follow(post(formAction(page), Map.of("username", username)));
		assertThat(page.body()).as("Keycloak's password page").contains("password");
		return follow(post(formAction(page), Map.of("username", username, "password", "demo")));
	}

	/**
	 * @param baseUrl the app, e.g. {@code http://localhost:8080}
	 */
	public HttpBrowser(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
		URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(this.baseUrl + pathOrUrl);
		return this.http.send(HttpRequest.newBuilder(uri).header("Accept", accept(uri)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A download (a PDF, a spreadsheet), as bytes. */
	public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		URI uri = URI.create(this.baseUrl + path);
		return this.http.send(HttpRequest.newBuilder(uri).header("Accept", "*/*").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Submits a form of the app as a browser would, with the CSRF token of the page that
	 * holds it, and follows the redirects.
	 */
	public HttpResponse<String> submit(HttpResponse<String> page, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("a CSRF token on %s", page.uri()).isTrue();
		Map<String, String> fields = new java.util.LinkedHashMap<>(form);
		fields.put("_csrf", csrf.group(1));
		return follow(post(this.baseUrl + path, fields));
	}

	/** What the browser accepts from this address. */
	protected String accept(URI uri) {
		return "text/html";
	}

	private HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
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

	/**
	 * A browser's cookie jar for localhost: Keycloak marks its cookies Secure, which
	 * browsers honour on http://localhost (a secure context) and java.net.CookieManager
	 * does not.
	 */
	private static final class LocalhostCookies extends CookieHandler {

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

}
