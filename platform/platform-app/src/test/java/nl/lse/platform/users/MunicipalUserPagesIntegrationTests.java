package nl.lse.platform.users;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.PortalBrowser;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case director manages the municipality's users from the portal: the page lists the
 * users tenant-admin's directory holds, and adding or removing someone becomes a request
 * in {@code platform.user_request} (tenant-admin carries it out, and is woken by a
 * NOTIFY), recorded in the municipality's audit trail. Nobody else gets the page.
 */
class MunicipalUserPagesIntegrationTests extends PlatformIntegrationTest {

	private final JdbcTemplate superuser = TestDatabase.get().superuser();

	private String director = "";

	private String staff = "";

	@BeforeEach
	void directoryAsTenantAdminKeepsIt() {
		KeycloakAdmin admin = TestKeycloak.get().admin();
		this.director = admin.get("/lse/users?exact=true&username=cd.amsterdam").get(0).get("id").asString();
		this.staff = admin.get("/lse/users?exact=true&username=staff.amsterdam").get(0).get("id").asString();
		JdbcTemplate tenantAdmin = new JdbcTemplate(TestDatabase.get().dataSource(TestDatabase.get().roles().admin()));
		tenantAdmin.update("delete from platform.municipal_contact where tenant_code = 'gm0363'");
		tenantAdmin.update(
				"insert into platform.municipal_contact (tenant_code, subject, email, role) values"
						+ " ('gm0363', ?, 'cd.amsterdam@demo.lse.example', 'case-director'),"
						+ " ('gm0363', ?, 'staff.amsterdam@demo.lse.example', 'municipality-staff')",
				this.director, this.staff);
	}

	@AfterEach
	void clean() {
		this.superuser.update("delete from platform.user_request where tenant_code = 'gm0363'");
		this.superuser.update("delete from platform.municipal_contact where tenant_code = 'gm0363'");
	}

	@Test
	void aCaseDirectorAsksToAddAndRemoveUsers() throws Exception {
		PortalBrowser browser = new PortalBrowser();
		browser.login("cd.amsterdam", "/");
		HttpResponse<String> page = browser.get("/t/gm0363/gebruikers");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Gebruikers van de gemeente")
			.contains("staff.amsterdam@demo.lse.example")
			.contains("href=\"/t/gm0363/gebruikers\"");

		HttpResponse<String> wrong = browser.submit(page, "/t/gm0363/gebruikers",
				Map.of("name", "", "email", "geen-adres", "role", "LSE_WORKER"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("Controleer de volgende velden").contains("value=\"geen-adres\"");
		assertThat(requests()).isEmpty();

		try (Connection listener = TestDatabase.get().dataSource(TestDatabase.get().roles().admin()).getConnection();
				Statement listen = listener.createStatement()) {
			listen.execute("listen lse_user_request");
			HttpResponse<String> added = browser.submit(wrong, "/t/gm0363/gebruikers",
					Map.of("name", "Nadia Nieuw", "email", "nadia@gm0363.test.invalid", "role", "CASE_DIRECTOR"));
			assertThat(added.uri().getPath()).isEqualTo("/t/gm0363/gebruikers");
			assertThat(added.body()).contains("Het verzoek is doorgegeven aan LSE beheer.")
				.contains("nadia@gm0363.test.invalid toevoegen")
				.contains("wordt uitgevoerd");
			PGNotification[] woken = listener.unwrap(PGConnection.class).getNotifications(5000);
			assertThat(woken).as("tenant-admin is woken").isNotNull().hasSize(1);
			assertThat(woken[0].getParameter()).isEqualTo(requests().get(0).get("id").toString());
		}
		Map<String, Object> add = requests().get(0);
		assertThat(add).containsEntry("action", "ADD")
			.containsEntry("email", "nadia@gm0363.test.invalid")
			.containsEntry("role", "CASE_DIRECTOR")
			.containsEntry("requested_by", this.director)
			.containsEntry("state", "PENDING");
		assertThat(this.superuser.queryForObject(
				"select count(*) from tenant_gm0363.audit_event"
						+ " where object_kind = 'MUNICIPAL_USER' and action = 'CREATE' and object_id = ?",
				Long.class, add.get("id")))
			.isEqualTo(1);

		HttpResponse<String> removed = browser.submit(page, "/t/gm0363/gebruikers/" + this.staff + "/verwijderen",
				Map.of());
		assertThat(removed.body()).contains("de toegang is weg zodra het is uitgevoerd");
		assertThat(requests()).anySatisfy((request) -> assertThat(request).containsEntry("action", "REMOVE")
			.containsEntry("user_id", this.staff));
		HttpResponse<String> self = browser.submit(page, "/t/gm0363/gebruikers/" + this.director + "/verwijderen",
				Map.of());
		assertThat(self.body()).contains("U kunt uzelf niet uit de gemeente halen");
		assertThat(
				browser.submit(page, "/t/gm0363/gebruikers/00000000-0000-0000-0000-000000000001/verwijderen", Map.of())
					.statusCode())
			.as("not one of its users")
			.isEqualTo(404);
		assertThat(requests()).hasSize(2);
	}

	@Test
	void staffAndOtherMunicipalitiesGetNoPage() throws Exception {
		PortalBrowser staffBrowser = new PortalBrowser();
		staffBrowser.login("staff.amsterdam", "/");
		HttpResponse<String> refused = staffBrowser.get("/t/gm0363/gebruikers");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(staffBrowser.get("/t/gm0363/").body()).doesNotContain("/t/gm0363/gebruikers");
		PortalBrowser rotterdam = new PortalBrowser();
		rotterdam.login("cd.rotterdam", "/");
		assertThat(rotterdam.get("/t/gm0363/gebruikers").statusCode()).isEqualTo(404);
		assertThat(requests()).isEmpty();
	}

	private List<Map<String, Object>> requests() {
		return this.superuser
			.queryForList("select * from platform.user_request where tenant_code = 'gm0363' order by requested_at");
	}

}
