package nl.lse.platform.identity;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.PortalBrowser;
import nl.lse.platform.TestKeycloak;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review, item 1: Keycloak rotates refresh tokens with reuse 0, so two requests
 * of one portal session that refresh at the same moment with the same refresh token would
 * end the session. Many requests of one session arrive together just when the access
 * token is due for a refresh: one refreshes, the others wait for it and take its tokens,
 * and the user stays signed in.
 */
class PortalRefreshRaceIntegrationTests extends PlatformIntegrationTest {

	private static final int TOGETHER = 8;

	@Test
	void requestsArrivingTogetherAtRefreshTimeKeepTheSession() throws Exception {
		KeycloakAdmin admin = TestKeycloak.get().admin();
		JsonNode portalClient = admin.get("/lse/clients?clientId=lse-portal").get(0);
		String clientPath = "/lse/clients/" + portalClient.get("id").asString();
		// tokens of 36 s: the portal refreshes 30 s before expiry, so after 6 s
		admin.put(clientPath, Map.of("attributes", Map.of("access.token.lifespan", "36")));
		ExecutorService pool = Executors.newFixedThreadPool(TOGETHER);
		try {
			PortalBrowser browser = new PortalBrowser();
			assertThat(browser.login("cd.amsterdam", "/").uri().getPath()).isEqualTo("/t/gm0363/");
			Thread.sleep(7_000);

			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < TOGETHER; i++) {
				Callable<HttpResponse<String>> request = () -> {
					start.await();
					return browser.get("/me");
				};
				answers.add(pool.submit(request));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}

			assertThat(statuses).as("every request of the session, none sent back to the login").containsOnly(200);
			assertThat(browser.get("/t/gm0363/").statusCode()).as("still signed in afterwards").isEqualTo(200);
		}
		finally {
			pool.shutdownNow();
			admin.put(clientPath, Map.of("attributes", Map.of("access.token.lifespan", "")));
		}
	}

}
