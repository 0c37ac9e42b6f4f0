package nl.lse.platform.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.casework.Api.Response;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family support trajectory through the API with real tokens, from a signal by a
 * municipality colleague to support by the LSE worker, with every refusal on the way and
 * the audit trail it leaves.
 */
class FamilySupportApiIntegrationTests extends PlatformIntegrationTest {

	static final String TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();

	@Test
	void fromSignalToSupport() {
		Api staff = new Api("staff.amsterdam", "gm0363");
		Api director = new Api("cd.amsterdam", "gm0363");
		Api worker = new Api("lse.worker", "gm0363");

		Response signal = staff.post("/signals",
				map("receivedOn", TODAY, "description",
						"Zorgen van school over online contacten van een leerling (fictief).", "source", "SCHOOL",
						"concerns", List.of("ONLINE_RADICALISATION")));
		assertThat(signal.status()).as(signal.toString()).isEqualTo(201);

		// a colleague may not triage, and the refusal is in the audit trail
		Response notHers = staff.post("/signals/" + signal.text("id") + "/triage",
				map("decision", "NO_ACTION", "reason", "x", "version", signal.version()));
		assertThat(notHers.status()).isEqualTo(403);
		assertThat(TestDatabase.get()
			.superuser()
			.queryForObject(
					"select count(*) from tenant_gm0363.audit_event where action = 'DENY' and outcome = 'DENIED'"
							+ " and object_kind = 'SIGNAL' and object_id = ?::uuid and subject_id = ?",
					Integer.class, signal.text("id"), staff.subject))
			.isOne();
		Response triaged = director.post("/signals/" + signal.text("id") + "/triage",
				map("decision", "TRAJECTORY", "severity", 3, "supportLevel", "MEDIUM", "trajectoryKind",
						"FAMILY_SUPPORT", "lseWorker", worker.subject, "reason", "Familie staat open voor steun",
						"version", signal.version()));
		assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
		assertThat(triaged.text("status")).isEqualTo("FOLLOWED_UP");
		String caseId = triaged.text("caseId");
		// whoever reported it does not learn where it went
		Response reported = staff.get("/signals/" + signal.text("id"));
		assertThat(reported.text("status")).isEqualTo("FOLLOWED_UP");
		assertThat(reported.json().path("caseId").isNull()).isTrue();
		String trajectory = "/trajectories/" + triaged.text("trajectoryId");

		Response kase = director.get("/cases/" + caseId);
		assertThat(kase.text("reference")).matches("GM0363-\\d{4}-\\d{4}");
		Response parent = director.post("/cases/" + caseId + "/persons",
				map("role", "PARENT", "name", "Moeder van de jongere (fictief)", "yearOfBirth", 1975));
		assertThat(parent.status()).as(parent.toString()).isEqualTo(201);

		Response referred = worker.get(trajectory);
		assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
		assertThat(referred.text("phase")).isEqualTo("REFERRED");
		assertThat(referred.json().path("commissioned").asBoolean()).isTrue();

		Response noConsent = worker.post(trajectory + "/intake", map("version", referred.version()));
		assertThat(noConsent.status()).isEqualTo(422);
		assertThat(noConsent.text("field")).isEqualTo("consents");
		assertThat(noConsent.text("detail")).contains("toestemming");

		Response early = worker.post(trajectory + "/consents", map("personId", parent.text("id"), "scope", "SUPPORT",
				"givenOn", LocalDate.parse(TODAY).minusDays(1).toString()));
		assertThat(early.status()).as(early.toString()).isEqualTo(422);
		assertThat(early.text("field")).isEqualTo("givenOn");
		Response byFather = worker.post(trajectory + "/consents", map("personId", parent.text("id"), "capacity",
				"PARENT_WITH_AUTHORITY", "givenByName", "Vader (fictief)", "scope", "SUPPORT", "givenOn", TODAY));
		assertThat(byFather.status()).as("a parent of 1975 consents themself").isEqualTo(422);
		assertThat(byFather.text("field")).isEqualTo("capacity");
		Response consent = worker.post(trajectory + "/consents",
				map("personId", parent.text("id"), "scope", "SUPPORT", "givenOn", TODAY));
		assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
		assertThat(consent.text("capacity")).isEqualTo("SELF");

		// recording consent changed the trajectory: its version moved on
		Response intake = worker.post(trajectory + "/intake", map("version", worker.get(trajectory).version()));
		assertThat(intake.text("phase")).as(intake.toString()).isEqualTo("INTAKE");
		Response questions = worker.put(trajectory + "/help-questions", map("questions",
				List.of("Hoe praten we met onze zoon over wat hij online ziet?"), "version", intake.version()));
		assertThat(questions.status()).as(questions.toString()).isEqualTo(200);
		Response planning = worker.post(trajectory + "/planning", map("version", questions.version()));
		assertThat(planning.text("phase")).as(planning.toString()).isEqualTo("PLANNING");

		String endsOn = LocalDate.parse(TODAY).plusMonths(6).toString();
		Response stale = worker.post(trajectory + "/support", map("endsOn", endsOn, "version", questions.version()));
		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

		Response plan = worker
			.post(trajectory + "/action-plans", map("goals", List.of("Het gesprek thuis gaande houden"), "actions",
					List.of(map("goalNumber", 1, "description", "Wekelijks gesprek aan tafel", "owner", "Ouders"))));
		assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
		Response noAgreement = worker.post(trajectory + "/support",
				map("endsOn", endsOn, "version", worker.get(trajectory).version()));
		assertThat(noAgreement.status()).isEqualTo(422);
		assertThat(noAgreement.text("field")).isEqualTo("actionPlan");

		Response current = worker.get(trajectory);
		Response agreed = worker.post(trajectory + "/action-plans/1/agreement",
				map("agreedOn", TODAY, "agreedWith", "Beide ouders", "version", current.version()));
		assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
		Response tooLong = worker.post(trajectory + "/support",
				map("endsOn", LocalDate.parse(TODAY).plusYears(3).toString(), "version", agreed.version()));
		assertThat(tooLong.status()).as("support is temporary").isEqualTo(422);
		assertThat(tooLong.text("field")).isEqualTo("supportEndsOn");
		Response support = worker.post(trajectory + "/support", map("endsOn", endsOn, "version", agreed.version()));
		assertThat(support.text("supportEndsOn")).isEqualTo(endsOn);
		assertThat(support.text("phase")).as(support.toString()).isEqualTo("SUPPORT");

		Map<String, Object> visit = map("contactOn", TODAY, "kind", "HOME_VISIT", "withWhom", "Moeder", "summary",
				"Kennismaking thuis (fictief)", "visibility", "LSE_INTERNAL");
		String key = "contact-" + System.nanoTime();
		Response contact = worker.post(trajectory + "/contacts", visit, key);
		assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
		// a repeat (a retried request) answers the same and is in the case's access log
		// as a read
		assertThat(worker.post(trajectory + "/contacts", visit, key).text("id")).isEqualTo(contact.text("id"));
		assertThat(worker.get(trajectory + "/contacts").json().path("total").asInt()).isOne();
		// the case director does not see an LSE-internal note
		assertThat(director.get(trajectory + "/contacts").json().path("total").asInt()).isZero();

		Response log = director.get("/cases/" + caseId + "/access-log?size=100");
		assertThat(log.status()).as(log.toString()).isEqualTo(200);
		List<String> entries = log.json()
			.path("items")
			.valueStream()
			.map((entry) -> entry.path("subjectId").asString() + " " + entry.path("action").asString() + " "
					+ entry.path("objectKind").asString())
			.toList();
		assertThat(entries).contains(director.subject + " CREATE CASE", director.subject + " CREATE TRAJECTORY",
				director.subject + " READ CASE", director.subject + " CREATE PERSON",
				worker.subject + " READ TRAJECTORY", worker.subject + " CREATE CONSENT",
				worker.subject + " CREATE ACTION_PLAN", worker.subject + " UPDATE TRAJECTORY",
				worker.subject + " CREATE CONTACT", worker.subject + " READ CONTACT",
				director.subject + " READ ACCESS_LOG");
	}

	@Test
	void aSelfReferralWaitsForTheCommission() {
		Api director = new Api("cd.amsterdam", "gm0363");
		Api worker = new Api("lse.worker", "gm0363");
		Response signal = worker.post("/signals", map("receivedOn", TODAY, "description",
				"Een vader meldt zich zelf bij het LSE (fictief).", "source", "FAMILY_SELF_REFERRAL"));
		Response triaged = director.post("/signals/" + signal.text("id") + "/triage",
				map("decision", "TRAJECTORY", "severity", 2, "supportLevel", "LIGHT", "trajectoryKind",
						"FAMILY_SUPPORT", "lseWorker", worker.subject, "version", signal.version()));
		String trajectory = "/trajectories/" + triaged.text("trajectoryId");
		Response referred = worker.get(trajectory);
		Response refused = worker.post(trajectory + "/intake", map("version", referred.version()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("field")).isEqualTo("commissionedBy");
		assertThat(worker.post(trajectory + "/commission", map("version", referred.version())).status()).isEqualTo(403);
		Response commissioned = director.post(trajectory + "/commission", map("version", referred.version()));
		assertThat(commissioned.json().path("commissioned").asBoolean()).as(commissioned.toString()).isTrue();
		String father = director
			.post("/cases/" + triaged.text("caseId") + "/persons",
					map("role", "PARENT", "name", "Vader (fictief)", "yearOfBirth", 1970))
			.text("id");
		worker.post(trajectory + "/consents", map("personId", father, "scope", "SUPPORT", "givenOn", TODAY));
		assertThat(worker.post(trajectory + "/intake", map("version", worker.get(trajectory).version())).text("phase"))
			.isEqualTo("INTAKE");
	}

	@Test
	void withdrawingConsentEndsTheTrajectory() {
		Api director = new Api("cd.amsterdam", "gm0363");
		Response kase = director.post("/cases", map("severity", 2, "supportLevel", "LIGHT"));
		String caseId = kase.text("id");
		Response person = director.post("/cases/" + caseId + "/persons",
				map("role", "PERSON_OF_CONCERN", "name", "Jongere (fictief)", "yearOfBirth", 2007));
		Response referred = director.post("/cases/" + caseId + "/trajectories",
				map("kind", "INDIVIDUAL_GUIDANCE", "lseWorker", new Api("lse.worker", "gm0363").subject));
		String trajectory = "/trajectories/" + referred.text("id");
		Api worker = new Api("lse.worker", "gm0363");
		assertThat(director.post(trajectory + "/intake", map("version", referred.version())).status())
			.as("the intake is LSE's work, the municipality commissions and follows")
			.isEqualTo(403);
		Response consent = worker.post(trajectory + "/consents",
				map("personId", person.text("id"), "scope", "SUPPORT", "givenOn", TODAY));
		worker.post(trajectory + "/intake", map("version", worker.get(trajectory).version()));
		Response withdrawn = director.post(trajectory + "/consents/" + consent.text("id") + "/withdrawal",
				map("withdrawnOn", TODAY));
		assertThat(withdrawn.text("phase")).as(withdrawn.toString()).isEqualTo("CLOSED");
		assertThat(withdrawn.text("closureReason")).isEqualTo("CONSENT_WITHDRAWN");
	}

	@Test
	void othersCannotKnowOfTheCase() {
		Api director = new Api("cd.amsterdam", "gm0363");
		String caseId = director.post("/cases", map("severity", 1, "supportLevel", "LIGHT")).text("id");
		// another tenant: its schema has no such case
		Response rotterdam = new Api("cd.rotterdam", "gm0599").get("/cases/" + caseId);
		Response none = new Api("cd.rotterdam", "gm0599").get("/cases/00000000-0000-0000-0000-000000000001");
		assertThat(rotterdam.status()).isEqualTo(404);
		assertThat(normalised(rotterdam.body())).isEqualTo(normalised(none.body()));
		// not on the team: the partner, a colleague, an LSE worker not assigned
		for (String user : List.of("partner.politie", "staff.amsterdam", "lse.worker")) {
			Response hidden = new Api(user, "gm0363").get("/cases/" + caseId);
			assertThat(hidden.status()).as(user).isEqualTo(404);
			assertThat(normalised(hidden.body())).isEqualTo(normalised(none.body()));
		}
		Integer denials = TestDatabase.get()
			.superuser()
			.queryForObject(
					"select count(*) from tenant_gm0363.audit_event where action = 'DENY' and object_id = ?::uuid",
					Integer.class, caseId);
		assertThat(denials).isEqualTo(3);
		// the coordinator knows only of cases LSE has work on, and then their metadata
		// only
		Api coordinator = new Api("lse.coordinator", "gm0363");
		Response unknown = coordinator.get("/cases/" + caseId);
		assertThat(unknown.status()).as("no LSE work on it: the municipality's own case").isEqualTo(404);
		assertThat(normalised(unknown.body())).isEqualTo(normalised(none.body()));
		director.post("/cases/" + caseId + "/persons", map("role", "PARENT", "name", "Ouder (fictief)"));
		director.post("/consultations", map("caseId", caseId, "question", "Hoe nu verder? (fictief)"));
		Response metadata = coordinator.get("/cases/" + caseId);
		assertThat(metadata.status()).isEqualTo(200);
		assertThat(metadata.json().path("persons").size()).isZero();
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		Api staff = new Api("staff.amsterdam", "gm0363");
		Response missing = staff.post("/signals", map("source", "SCHOOL"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("errors").valueStream().map((error) -> error.path("field").asString()))
			.containsExactlyInAnyOrder("receivedOn", "description");
		Response badEnum = staff.post("/signals", map("receivedOn", TODAY, "description", "x", "source", "BUREN"));
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(badEnum.text("field")).isEqualTo("source");
		Response future = staff.post("/signals",
				map("receivedOn", LocalDate.now().plusDays(3).toString(), "description", "x", "source", "SCHOOL"));
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.text("field")).isEqualTo("receivedOn");
		Response notJson = staff.post("/signals", "{\"receivedOn\": ");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.body()).doesNotContain("Exception");
		Response nullConcern = staff.post("/signals",
				"{\"receivedOn\":\"" + TODAY + "\",\"description\":\"x\",\"source\":\"SCHOOL\",\"concerns\":[null]}");
		assertThat(nullConcern.status()).as(nullConcern.toString()).isEqualTo(400);
		Response nul = staff.post("/signals", map("receivedOn", TODAY, "description", "a\u0000b", "source", "SCHOOL"));
		assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
		Response ancient = staff.post("/signals",
				map("receivedOn", "-5000-01-01", "description", "x", "source", "SCHOOL"));
		assertThat(ancient.status()).as(ancient.toString()).isEqualTo(400);
	}

	@Test
	void anIdempotencyKeyMakesARepeatHarmless() {
		Api staff = new Api("staff.amsterdam", "gm0363");
		Map<String, Object> body = map("receivedOn", TODAY, "description", "Herhaalde melding (fictief)", "source",
				"MUNICIPALITY");
		String key = "signal-" + System.nanoTime();
		Response first = staff.post("/signals", body, key);
		Response again = staff.post("/signals", body, key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.text("id")).isEqualTo(first.text("id"));
		// the replay showed the signal again: a read in the audit trail
		assertThat(TestDatabase.get()
			.superuser()
			.queryForObject("select count(*) from tenant_gm0363.audit_event where action = 'READ'"
					+ " and object_kind = 'SIGNAL' and object_id = ?::uuid", Integer.class, first.text("id")))
			.isOne();
		Response other = staff.post("/signals",
				map("receivedOn", TODAY, "description", "Iets anders", "source", "MUNICIPALITY"), key);
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.text("field")).isEqualTo("Idempotency-Key");
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		var response = get("/v3/api-docs", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("/api/v1/tenants/{tenant}/signals",
				"/api/v1/tenants/{tenant}/trajectories/{id}/consents", "/api/v1/tenants/{tenant}/cases/{id}/access-log",
				"\"NewSignal\"", "\"TrajectoryView\"", "\"ConsultationView\"");
	}

}
