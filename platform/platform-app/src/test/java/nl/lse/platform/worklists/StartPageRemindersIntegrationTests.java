package nl.lse.platform.worklists;

import java.util.List;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.PortalBrowser;
import nl.lse.platform.casework.Api;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page reminds the LSE worker on a trajectory and the case director of an
 * aftercare contact that is overdue (or due within a week), with the reference and a
 * link; a chain partner and municipal staff are not told.
 */
class StartPageRemindersIntegrationTests extends PlatformIntegrationTest {

	@Test
	void theWorkerAndTheCaseDirectorAreRemindedAndNobodyElse() throws Exception {
		Api director = new Api("cd.amsterdam", "gm0363");
		Api worker = new Api("lse.worker", "gm0363");
		String caseId = director.post("/cases", map("severity", 3, "supportLevel", "MEDIUM")).text("id");
		String reference = director.get("/cases/" + caseId).text("reference");
		String trajectory = director
			.post("/cases/" + caseId + "/trajectories", map("kind", "FAMILY_SUPPORT", "lseWorker", worker.subject))
			.text("id");
		// long overdue, so it comes first among the municipality's reminders
		TestDatabase.get().asTenantOwner(TenantId.of("gm0363")).execute("""
				with a as (insert into aftercare (id, contact_kind, starts_on, ends_on, frequency_days,
					default_frequency_days, agreed_by) values (gen_random_uuid(), 'PHONE', current_date - 900,
					current_date + 60, 7, 7, 'test') returning id),
				c as (insert into aftercare_contact (id, aftercare_id, due_on) select gen_random_uuid(), a.id,
					current_date - 800 from a)
				update trajectory set phase = 'AFTERCARE', aftercare_id = (select id from a)
				where id = '%s'""".formatted(trajectory));

		for (String user : List.of("cd.amsterdam", "lse.worker")) {
			PortalBrowser browser = new PortalBrowser();
			browser.login(user, "/");
			String page = browser.get("/t/gm0363/").body();
			assertThat(page).as(user)
				.contains("Herinneringen")
				.contains("href=\"/t/gm0363/trajecten/" + trajectory + "\">" + reference + "</a>")
				.contains("nazorgcontact te laat");
		}
		// a handover begun long ago and not accepted: LSE's coordinator is reminded of it
		String waitingCase = director.post("/cases", map("severity", 2, "supportLevel", "LIGHT")).text("id");
		String waitingReference = director.get("/cases/" + waitingCase).text("reference");
		String handedOver = director.post("/cases/" + waitingCase + "/trajectories", map("kind", "FAMILY_SUPPORT"))
			.text("id");
		TestDatabase.get()
			.asTenantOwner(TenantId.of("gm0363"))
			.execute("""
					with h as (insert into handover (id, receiver_kind, receiver, started_on, started_by)
						values (gen_random_uuid(), 'MUNICIPALITY', 'Wijkteam', current_date - 900, 'test') returning id)
					update trajectory set phase = 'HANDOVER', handover_id = (select id from h) where id = '%s'"""
				.formatted(handedOver));
		PortalBrowser coordinator = new PortalBrowser();
		coordinator.login("lse.coordinator", "/");
		assertThat(coordinator.get("/t/gm0363/").body()).contains("Herinneringen")
			.contains("href=\"/t/gm0363/casussen/" + waitingCase + "\">" + waitingReference + "</a>")
			.contains("overdracht wacht sinds");
		PortalBrowser director2 = new PortalBrowser();
		director2.login("cd.amsterdam", "/");
		assertThat(director2.get("/t/gm0363/").body()).as("the handover reminder is the coordinator's")
			.doesNotContain("overdracht wacht sinds");

		for (String user : List.of("partner.politie", "staff.amsterdam")) {
			PortalBrowser browser = new PortalBrowser();
			browser.login(user, "/");
			assertThat(browser.get("/t/gm0363/").body()).as(user).doesNotContain("Herinneringen");
		}
	}

}
