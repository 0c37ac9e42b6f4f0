package nl.lse.platform.casework;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.casework.Api.Response;
import org.junit.jupiter.api.Test;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** A consultation from request to close, with real tokens. */
class ConsultationApiIntegrationTests extends PlatformIntegrationTest {

	@Test
	void aGeneralQuestionFromRequestToClose() {
		Api staff = new Api("staff.amsterdam", "gm0363");
		Api worker = new Api("lse.worker", "gm0363");
		Response requested = staff.post("/consultations",
				map("question", "Hoe herkennen we signalen bij jongeren in de wijk? (fictief)"));
		assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
		assertThat(requested.text("status")).isEqualTo("REQUESTED");
		String path = "/consultations/" + requested.text("id");

		assertThat(worker.get("/consultations?size=100").body()).contains(requested.text("id"));
		Response advisedTooSoon = worker.post(path + "/advice", map("advice", "x", "version", requested.version()));
		assertThat(advisedTooSoon.status()).isEqualTo(422);
		Response taken = worker.post(path + "/take", map("version", requested.version()));
		assertThat(taken.text("status")).as(taken.toString()).isEqualTo("IN_PROGRESS");
		Response closedTooSoon = staff.post(path + "/close", map("version", taken.version()));
		assertThat(closedTooSoon.status()).isEqualTo(422);
		Response advised = worker.post(path + "/advice",
				map("advice", "Let op terugtrekken en nieuwe online contacten; bespreek in het netwerk.", "version",
						taken.version()));
		assertThat(advised.text("status")).as(advised.toString()).isEqualTo("ADVISED");
		Response closed = staff.post(path + "/close", map("version", advised.version()));
		assertThat(closed.text("status")).as(closed.toString()).isEqualTo("CLOSED");
		assertThat(closed.json().path("caseId").isNull()).isTrue();
	}

	@Test
	void theAdviserSeesTheCasesMetadataWhileTheConsultationRuns() {
		Api director = new Api("cd.amsterdam", "gm0363");
		Api worker = new Api("lse.worker", "gm0363");
		String caseId = director.post("/cases", map("severity", 2, "supportLevel", "MEDIUM")).text("id");
		director.post("/cases/" + caseId + "/persons", map("role", "PARENT", "name", "Ouder (fictief)"));
		assertThat(worker.get("/cases/" + caseId).status()).isEqualTo(404);
		Response requested = director.post("/consultations", map("caseId", caseId, "question", "Uw advies graag."));
		String path = "/consultations/" + requested.text("id");
		assertThat(worker.post(path + "/take", map("version", requested.version())).status())
			.as("a request about a case is handed out by the coordinator")
			.isEqualTo(403);
		assertThat(new Api("lse.coordinator", "gm0363")
			.post("/work-items/" + requested.text("id") + "/assignment", map("lseWorker", worker.subject))
			.status()).isEqualTo(204);
		Response taken = worker.get(path);
		assertThat(taken.text("status")).isEqualTo("IN_PROGRESS");
		Response seen = worker.get("/cases/" + caseId);
		assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
		assertThat(seen.json().path("persons").size()).as("metadata, not the family").isZero();
		assertThat(seen.json().path("team").size()).isZero();
		Response advised = worker.post(path + "/advice",
				map("advice", "Blijf in gesprek (fictief)", "version", taken.version()));
		director.post(path + "/close", map("version", advised.version()));
		assertThat(worker.get("/cases/" + caseId).status()).as("the adviser's sight ends with the consultation")
			.isEqualTo(404);
	}

	@Test
	void reassigningATrajectoryTakesThePreviousWorkerOffTheCase() {
		Api director = new Api("cd.amsterdam", "gm0363");
		Api worker = new Api("lse.worker", "gm0363");
		String caseId = director.post("/cases", map("severity", 2, "supportLevel", "MEDIUM")).text("id");
		Response referred = director.post("/cases/" + caseId + "/trajectories",
				map("kind", "FAMILY_SUPPORT", "lseWorker", worker.subject));
		assertThat(worker.get("/cases/" + caseId).status()).isEqualTo(200);
		Response reassigned = director.put("/trajectories/" + referred.text("id") + "/lse-worker",
				map("lseWorker", "another-lse-worker", "version", referred.version()));
		assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
		assertThat(worker.get("/cases/" + caseId).status()).isEqualTo(404);
		// the coordinator may move assigned work to another worker too (Case work IV);
		// the case
		// director does so on the trajectory page
		Response moved = new Api("lse.coordinator", "gm0363").post("/work-items/" + referred.text("id") + "/assignment",
				map("lseWorker", worker.subject));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
		assertThat(worker.get("/cases/" + caseId).status()).isEqualTo(200);
		assertThat(director.post("/work-items/" + referred.text("id") + "/assignment", map("lseWorker", "someone-else"))
			.status()).isEqualTo(422);
	}

	@Test
	void aColleagueDoesNotSeeSomeoneElsesQuestion() {
		Api director = new Api("cd.amsterdam", "gm0363");
		Response requested = director.post("/consultations", map("question", "Alleen voor de regiehouder."));
		Response staff = new Api("staff.amsterdam", "gm0363").get("/consultations/" + requested.text("id"));
		assertThat(staff.status()).isEqualTo(404);
	}

}
