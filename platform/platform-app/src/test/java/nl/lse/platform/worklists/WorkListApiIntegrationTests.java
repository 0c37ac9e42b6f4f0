package nl.lse.platform.worklists;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.casework.Api;
import nl.lse.platform.casework.Api.Response;
import nl.lse.platform.testing.TestDatabase;
import nl.lse.platform.tenancy.TenantId;
import org.junit.jupiter.api.Test;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Work lists per role, with every filter, search by reference, sorting and pages. */
class WorkListApiIntegrationTests extends PlatformIntegrationTest {

	static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

	final Api director = new Api("cd.amsterdam", "gm0363");

	final Api worker = new Api("lse.worker", "gm0363");

	String police = "";

	@Test
	void filtersSearchAndSort() {
		String severe = this.director.post("/cases", map("severity", 4, "supportLevel", "INTENSIVE")).text("id");
		String reference = this.director.get("/cases/" + severe).text("reference");
		Response guidance = this.director.post("/cases/" + severe + "/trajectories",
				map("kind", "INDIVIDUAL_GUIDANCE", "lseWorker", this.worker.subject));
		String light = this.director.post("/cases", map("severity", 1, "supportLevel", "LIGHT")).text("id");
		this.director.post("/cases/" + light + "/trajectories", map("kind", "FAMILY_SUPPORT"));
		Response question = this.director.post("/consultations", map("caseId", light, "question", "Vraag (fictief)"));

		assertThat(ids(this.director.get("/work-items?service=INDIVIDUAL_GUIDANCE&size=100")))
			.contains(guidance.text("id"))
			.doesNotContain(question.text("id"));
		assertThat(ids(this.director.get("/work-items?service=CONSULTATION&phase=REQUESTED&size=100")))
			.contains(question.text("id"));
		assertThat(ids(this.director.get("/work-items?severity=4&size=100"))).contains(guidance.text("id"))
			.doesNotContain(question.text("id"));
		assertThat(ids(this.director.get("/work-items?reference=" + reference.toLowerCase())))
			.containsExactly(guidance.text("id"));
		Response bySeverity = this.director.get("/work-items?sort=SEVERITY&size=1");
		assertThat(bySeverity.json().path("items").get(0).path("severity").asInt()).isEqualTo(4);
		assertThat(bySeverity.json().path("total").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(ids(this.director.get("/work-items?list=UNASSIGNED&size=100"))).contains(question.text("id"))
			.doesNotContain(guidance.text("id"));
	}

	@Test
	void overdueAftercareAndWaitingForHandover() {
		String caseId = this.director.post("/cases", map("severity", 4, "supportLevel", "INTENSIVE")).text("id");
		Response referred = this.director.post("/cases/" + caseId + "/trajectories", map("kind", "FAMILY_SUPPORT"));
		String trajectoryId = referred.text("id");
		// move it to aftercare in the database: the API route there is another test's
		// subject
		TestDatabase.get().asTenantOwner(TenantId.of("gm0363")).execute("""
				with a as (insert into aftercare (id, contact_kind, starts_on, ends_on, frequency_days,
					default_frequency_days, agreed_by) values (gen_random_uuid(), 'PHONE', current_date - 30,
					current_date + 60, 7, 7, 'test') returning id),
				c as (insert into aftercare_contact (id, aftercare_id, due_on) select gen_random_uuid(), a.id,
					current_date - 23 from a)
				update trajectory set phase = 'AFTERCARE', aftercare_id = (select id from a)
				where id = '%s'""".formatted(trajectoryId));
		Response overdue = this.director.get("/work-items?overdue=true&size=100");
		assertThat(ids(overdue)).contains(trajectoryId);
		assertThat(overdue.json()
			.path("items")
			.valueStream()
			.filter((item) -> item.path("itemId").asString().equals(trajectoryId))
			.findFirst()
			.orElseThrow()
			.path("overdueContacts")
			.asInt()).isOne();
		assertThat(ids(this.director.get("/work-items?waitingForHandover=true&size=100"))).doesNotContain(trajectoryId);
	}

	@Test
	void supportPastItsPlannedEndIsOverdue() {
		String caseId = this.director.post("/cases", map("severity", 2, "supportLevel", "MEDIUM")).text("id");
		String onTime = this.director.post("/cases/" + caseId + "/trajectories", map("kind", "FAMILY_SUPPORT"))
			.text("id");
		String late = this.director.post("/cases/" + caseId + "/trajectories", map("kind", "INDIVIDUAL_GUIDANCE"))
			.text("id");
		// time passes in the database: one support ran past its end, the other has a
		// month left
		TestDatabase.get()
			.asTenantOwner(TenantId.of("gm0363"))
			.execute("""
					update trajectory set phase = 'SUPPORT', support_ends_on = case when id = '%s'
						then current_date - 1 else current_date + 30 end where id in ('%s', '%s')""".formatted(late,
					late, onTime));
		Response overdue = this.director.get("/work-items?overdue=true&size=100");
		assertThat(ids(overdue)).contains(late).doesNotContain(onTime);
		assertThat(overdue.json()
			.path("items")
			.valueStream()
			.filter((item) -> item.path("itemId").asString().equals(late))
			.findFirst()
			.orElseThrow()
			.path("supportOverdue")
			.asBoolean()).isTrue();
	}

	@Test
	void theCoordinatorMovesAssignedWorkToAnotherWorker() {
		String caseId = this.director.post("/cases", map("severity", 2, "supportLevel", "LIGHT")).text("id");
		String trajectory = this.director
			.post("/cases/" + caseId + "/trajectories", map("kind", "FAMILY_SUPPORT", "lseWorker", this.worker.subject))
			.text("id");
		assertThat(this.worker.get("/cases/" + caseId).status()).isEqualTo(200);

		Response byDirector = this.director.post("/work-items/" + trajectory + "/assignment",
				map("lseWorker", "lse-worker-elsewhere"));
		assertThat(byDirector.status()).as("the case director reassigns on the trajectory's own page").isEqualTo(422);
		Response moved = new Api("lse.coordinator", "gm0363").post("/work-items/" + trajectory + "/assignment",
				map("lseWorker", "lse-worker-elsewhere"));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
		assertThat(this.director.get("/trajectories/" + trajectory).text("lseWorker"))
			.isEqualTo("lse-worker-elsewhere");
		assertThat(this.worker.get("/cases/" + caseId).status()).as("the previous worker left the team").isEqualTo(404);
	}

	@Test
	void eachRoleSeesItsOwn() {
		this.police = Api.amsterdamPolice().toString();
		assertThat(this.director
			.put("/partner-affiliations/" + new Api("partner.politie", "gm0363").subject,
					map("partnerOrganisationId", this.police, "since", "2020-01-01"))
			.status()).isEqualTo(204);
		String mine = this.director.post("/cases", map("severity", 2, "supportLevel", "MEDIUM")).text("id");
		Response assigned = this.director.post("/cases/" + mine + "/trajectories",
				map("kind", "FAMILY_SUPPORT", "lseWorker", this.worker.subject));
		String other = this.director.post("/cases", map("severity", 2, "supportLevel", "MEDIUM")).text("id");
		Response notMine = this.director.post("/cases/" + other + "/trajectories", map("kind", "FAMILY_SUPPORT"));
		Response queued = this.director.post("/consultations", map("caseId", other, "question", "Wie pakt dit op?"));

		List<String> workersOwn = ids(this.worker.get("/work-items?list=MINE&size=100"));
		assertThat(workersOwn).contains(assigned.text("id")).doesNotContain(notMine.text("id"), queued.text("id"));
		Response queue = this.worker.get("/work-items?list=UNASSIGNED&size=100");
		assertThat(ids(queue)).contains(queued.text("id")).doesNotContain(notMine.text("id"));
		// the queue does not tell the worker which case the request is about, not even by
		// filtering
		assertThat(queue.body()).doesNotContain(other);
		assertThat(ids(this.worker.get("/work-items?list=UNASSIGNED&severity=2&size=100")))
			.doesNotContain(queued.text("id"));
		String reference = this.director.get("/cases/" + other).text("reference");
		assertThat(ids(this.worker.get("/work-items?list=UNASSIGNED&size=100&reference=" + reference)))
			.doesNotContain(queued.text("id"));
		assertThat(ids(new Api("partner.politie", "gm0363").get("/work-items?size=100")))
			.doesNotContain(assigned.text("id"), notMine.text("id"), queued.text("id"));
		// on the team: the trajectory, not the municipality's consultation about the case
		Response partnerOn = this.director.post("/cases/" + mine + "/team", map("kind", "CHAIN_PARTNER", "basis",
				"COVENANT", "partnerOrganisationId", this.police, "roleOnCase", "Wijkagent", "reason", "Melder"));
		assertThat(partnerOn.status()).as(partnerOn.toString()).isEqualTo(201);
		Response mineQuestion = this.director.post("/consultations", map("caseId", mine, "question", "Vraag"));
		List<String> partners = ids(new Api("partner.politie", "gm0363").get("/work-items?size=100"));
		assertThat(partners).contains(assigned.text("id")).doesNotContain(mineQuestion.text("id"));
		assertThat(ids(new Api("lse.coordinator", "gm0363").get("/work-items?size=100"))).contains(assigned.text("id"),
				notMine.text("id"));
	}

	@Test
	void aBadFilterIsAProblemNamingIt() {
		Response bad = this.director.get("/work-items?severity=9");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text("field")).isEqualTo("severity");
		Response list = this.director.get("/work-items?list=EVERYTHING");
		assertThat(list.status()).isEqualTo(400);
		assertThat(list.text("field")).isEqualTo("list");
	}

	private static List<String> ids(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().path("items").valueStream().map((item) -> item.path("itemId").asString()).toList();
	}

}
