package nl.lse.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Keycloak distribution that Maven unpacked from Central
 * ({@code org.keycloak:keycloak-quarkus-dist}, zip) in dev mode with realm {@code lse}
 * imported, a bounded heap and a fixed hostname, waits until the realm answers, and
 * applies the demo overlay where asked. Nothing is downloaded at run time.
 */
public final class KeycloakLauncher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KeycloakLauncher.class);

	private static final String[] THEME_FILES = { "theme.properties", "resources/css/lse.css",
			"messages/messages_nl.properties", "messages/messages_en.properties", "template.ftl" };

	private final Process process;

	private final Options options;

	private KeycloakLauncher(Process process, Options options) {
		this.process = process;
		this.options = options;
	}

	/**
	 * What to start.
	 *
	 * @param home the unpacked distribution
	 * @param port HTTP port
	 * @param hostname fixed public URL: the {@code iss} of every token, however Keycloak
	 * was reached
	 * @param database JDBC URL of a PostgreSQL database, or {@code null} for dev-mem
	 * @param databaseUser its user
	 * @param databasePassword its password
	 * @param environment placeholders of the realm file (client secrets, app URLs)
	 * @param demo whether to apply the demo overlay
	 * @param log where Keycloak's output goes
	 */
	public record Options(Path home, int port, String hostname, @Nullable String database,
			@Nullable String databaseUser, @Nullable String databasePassword, Map<String, String> environment,
			boolean demo, Path log) {

		public static Options forTests(int port, Map<String, String> environment) {
			return new Options(defaultHome(), port, "http://localhost:" + port, null, null, null, environment, true,
					Path.of("target", "keycloak-" + port + ".log"));
		}

	}

	public static final String ADMIN_USER = "admin";

	public static final String ADMIN_PASSWORD = "admin";

	public static KeycloakLauncher start(Options options) {
		Path home = options.home();
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak distribution at " + home
					+ ": build the keycloak module first (mvn -pl keycloak package), or set lse.keycloak.home");
		}
		try {
			prepare(home);
			Files.createDirectories(options.log().toAbsolutePath().getParent());
			ProcessBuilder builder = new ProcessBuilder(command(options)).directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(options.log().toFile());
			Map<String, String> env = builder.environment();
			env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m");
			env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
			env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
			env.putAll(options.environment());
			Instant started = Instant.now();
			KeycloakLauncher launcher = new KeycloakLauncher(builder.start(), options);
			Runtime.getRuntime().addShutdownHook(new Thread(launcher::close, "stop-keycloak-" + options.port()));
			launcher.awaitRealm(Duration.ofSeconds(240));
			log.info("Keycloak is up on {} after {} s", options.hostname(),
					Duration.between(started, Instant.now()).toSeconds());
			KeycloakAdmin admin = launcher.admin();
			new RealmUpgrade(admin).apply();
			if (options.demo()) {
				new DemoOverlay(admin).apply();
			}
			return launcher;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Keycloak from " + home, ex);
		}
	}

	public String baseUrl() {
		return "http://localhost:" + this.options.port();
	}

	/** The issuer of realm {@code lse}: fixed by the hostname option. */
	public String issuer() {
		return this.options.hostname() + "/realms/lse";
	}

	/**
	 * The tokens a demo user (password {@code demo}) gets from the demo CLI client
	 * (password grant, scope {@code openid organization:*}), as the tests and the demo's
	 * API calls use them.
	 */
	public tools.jackson.databind.JsonNode demoTokens(String username) {
		String form = "grant_type=password&client_id=lse-demo-cli&scope=openid%20organization:*&username="
				+ java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8) + "&password=demo";
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/lse/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("No token for " + username + ": " + response.body());
			}
			return KeycloakAdmin.JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public KeycloakAdmin admin() {
		return KeycloakAdmin.login(baseUrl(), ADMIN_USER, ADMIN_PASSWORD);
	}

	public boolean isRunning() {
		return this.process.isAlive();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
			}
		}
	}

	public static Path defaultHome() {
		String configured = System.getProperty("lse.keycloak.home", System.getenv("LSE_KEYCLOAK_HOME"));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path dist = dir.resolve("keycloak/target/dist");
			if (Files.isDirectory(dist)) {
				try (var found = Files.list(dist)) {
					return found.filter((p) -> p.getFileName().toString().startsWith("keycloak-"))
						.findFirst()
						.orElse(dist);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("Keycloak distribution not found: set lse.keycloak.home");
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> command(Options options) {
		List<String> command = new ArrayList<>(
				List.of(options.home().resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + options.port(),
						"--hostname=" + options.hostname(), "--http-management-port=" + freePort(), "--import-realm"));
		if (options.database() == null) {
			command.add("--db=dev-mem");
		}
		else {
			command.addAll(List.of("--db=postgres", "--db-url=" + options.database(),
					"--db-username=" + options.databaseUser(), "--db-password=" + options.databasePassword()));
		}
		return command;
	}

	/** The realm file goes to data/import, the login theme to themes/lse. */
	private static void prepare(Path home) throws IOException {
		copy("/keycloak/realm-lse.json", home.resolve("data/import/realm-lse.json"));
		for (String file : THEME_FILES) {
			copy("/keycloak/themes/lse/login/" + file, home.resolve("themes/lse/login/" + file));
		}
	}

	private static void copy(String resource, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (InputStream in = KeycloakLauncher.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void awaitRealm(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(baseUrl() + "/realms/lse/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak exited with " + this.process.exitValue() + "; see "
						+ this.options.log().toAbsolutePath());
			}
			try {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		close();
		throw new IllegalStateException("Keycloak did not serve realm lse within " + timeout.toSeconds() + " s; see "
				+ this.options.log().toAbsolutePath());
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Environment placeholders for a given portal URL, with generated secrets. */
	public static Map<String, String> environment(String portalUrl, String portalSecret) {
		Map<String, String> env = new HashMap<>();
		env.put("LSE_PORTAL_URL", portalUrl);
		env.put("LSE_PORTAL_CLIENT_SECRET", portalSecret);
		env.put("LSE_ADMIN_CLIENT_SECRET", "admin-" + portalSecret);
		env.put("LSE_PROVISIONING_CLIENT_SECRET", "provisioning-" + portalSecret);
		return env;
	}

}
