package nl.lse.platform.casework;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.casework.Api.Response;
import nl.lse.platform.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint, listed from the application's own mappings, against every role and
 * every kind of object (docs/access.md): the documented status each time; another
 * tenant's object and a record the caller may not know of answer 404; no body shows a
 * record the caller may not see; every access and every denial leaves an audit or
 * security event. Writes that are allowed are sent with a stale version where they take
 * one, so that they pass every access check and change nothing (409).
 */
class AuthorizationMatrixIntegrationTests extends PlatformIntegrationTest {

	static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

	/** A planned end of support, some months ahead. */
	static final String SUPPORT_ENDS = LocalDate.parse(TODAY).plusMonths(6).toString();

	static final long STALE = 999_999;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Who calls, and whether the objects are on their team. */
	enum Role {

		CASE_DIRECTOR("cd.amsterdam", true), STAFF_ON_TEAM("staff.amsterdam", true),
		STAFF_NOT_ON_TEAM("staff.amsterdam", false), PARTNER_ON_TEAM("partner.politie", true),
		PARTNER_NOT_ON_TEAM("partner.politie", false), LSE_WORKER_ASSIGNED("lse.worker", true),
		LSE_WORKER_NOT_ASSIGNED("lse.worker", false), COORDINATOR("lse.coordinator", true),
		MANAGEMENT("lse.manager", true), ANONYMOUS(null, true);

		final @Nullable String user;

		final boolean onTeam;

		Role(@Nullable String user, boolean onTeam) {
			this.user = user;
			this.onTeam = onTeam;
		}

	}

	/** Which object an address names. */
	enum Target {

		OWN, OTHER_TENANT, NON_EXISTENT

	}

	/**
	 * What must come back: passed every access check, refused, unknown, or
	 * unauthenticated.
	 */
	enum Outcome {

		ALLOW, FORBIDDEN, NOT_FOUND

	}

	/**
	 * One test per endpoint x role x object, so that every failing combination shows on
	 * its own.
	 */
	@TestFactory
	Stream<DynamicTest> everyEndpointAgainstEveryRoleAndObject() {
		Fixture fixture = new Fixture();
		Map<String, Row> rows = rows();
		Set<String> endpoints = endpoints();
		assertThat(new TreeSet<>(rows.keySet())).as("a row for every endpoint, an endpoint for every row")
			.isEqualTo(endpoints);
		Map<Role, String> tokens = new EnumMap<>(Role.class);
		List<DynamicTest> tests = new ArrayList<>();
		for (Role role : Role.values()) {
			for (Map.Entry<String, Row> entry : rows.entrySet()) {
				Row row = entry.getValue();
				for (Target target : row.object() ? Target.values() : new Target[] { Target.OWN }) {
					tests.add(DynamicTest.dynamicTest(role + " " + target + " " + entry.getKey(), () -> {
						String token = (role.user != null)
								? tokens.computeIfAbsent(role, (r) -> TestKeycloak.accessToken(r.user)) : null;
						assertThat(check(fixture, entry.getKey(), row, role, target, token)).isNull();
					}));
				}
			}
		}
		System.out.println("Authorization matrix: " + tests.size() + " endpoint x role x object combinations, "
				+ rows.size() + " endpoints, " + Role.values().length + " roles");
		return tests.stream();
	}

	private @Nullable String check(Fixture fixture, String endpoint, Row row, Role role, Target target,
			@Nullable String token) throws Exception {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = fixture.fill(endpoint.substring(endpoint.indexOf(' ') + 1), row, role, target);
		long before = fixture.events();
		HttpResponse<String> response = send(method, path, row.body(fixture), token);
		int status = response.statusCode();
		int expected = expected(row, role, target);
		boolean ok = (expected == 200)
				? (status == 200 || status == 201 || status == 204 || status == 409 || status == 422)
				: status == expected;
		if (!ok) {
			return "status " + status + ", documented " + ((expected == 200) ? "allowed" : expected) + " "
					+ response.body();
		}
		String leak = fixture.leak(role, response.body(), row.tenantScoped());
		if (leak != null) {
			return "body shows " + leak;
		}
		boolean eventExpected = row.caseData() && role != Role.ANONYMOUS && status != 409 && status != 422;
		if (eventExpected && fixture.events() <= before) {
			return "no audit or security event for " + status;
		}
		return null;
	}

	private static int expected(Row row, Role role, Target target) {
		if (role == Role.ANONYMOUS) {
			return 401;
		}
		if (role == Role.MANAGEMENT && row.tenantScoped()) {
			return 404;
		}
		if (target != Target.OWN) {
			return 404;
		}
		return switch (row.outcomes()
			.getOrDefault(role, (role == Role.MANAGEMENT) ? Outcome.ALLOW : Outcome.NOT_FOUND)) {
			case ALLOW -> 200;
			case FORBIDDEN -> 403;
			case NOT_FOUND -> 404;
		};
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					info.getMethodsCondition().getMethods().forEach((method) -> endpoints.add(method + " " + pattern));
				}
			}
		});
		return endpoints;
	}

	private static HttpResponse<String> send(String method, String path, @Nullable Object body, @Nullable String token)
			throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + TestKeycloak.PORTAL_PORT + path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** One endpoint's documented behaviour (docs/access.md). */
	record Row(boolean object, boolean tenantScoped, boolean caseData, Map<Role, Outcome> outcomes,
			java.util.function.Function<Fixture, @Nullable Object> body) {

		@Nullable Object body(Fixture fixture) {
			return this.body.apply(fixture);
		}

	}

	private static Map<Role, Outcome> outcomes(Outcome director, Outcome staffOn, Outcome staffOff, Outcome partnerOn,
			Outcome partnerOff, Outcome lseOn, Outcome lseOff, Outcome coordinator) {
		Map<Role, Outcome> outcomes = new EnumMap<>(Role.class);
		outcomes.put(Role.CASE_DIRECTOR, director);
		outcomes.put(Role.STAFF_ON_TEAM, staffOn);
		outcomes.put(Role.STAFF_NOT_ON_TEAM, staffOff);
		outcomes.put(Role.PARTNER_ON_TEAM, partnerOn);
		outcomes.put(Role.PARTNER_NOT_ON_TEAM, partnerOff);
		outcomes.put(Role.LSE_WORKER_ASSIGNED, lseOn);
		outcomes.put(Role.LSE_WORKER_NOT_ASSIGNED, lseOff);
		outcomes.put(Role.COORDINATOR, coordinator);
		return outcomes;
	}

	static final Outcome A = Outcome.ALLOW;

	static final Outcome F = Outcome.FORBIDDEN;

	static final Outcome N = Outcome.NOT_FOUND;

	/** The matrix, one row per endpoint; keep it in step with docs/access.md. */
	private static Map<String, Row> rows() {
		Map<String, Row> rows = new LinkedHashMap<>();
		String t = "/api/v1/tenants/{tenant}";
		Map<Role, Outcome> everyone = outcomes(A, A, A, A, A, A, A, A);
		Map<Role, Outcome> lead = outcomes(A, F, N, F, N, F, N, N);
		Map<Role, Outcome> work = outcomes(A, F, N, F, N, A, N, N);
		Map<Role, Outcome> lseWork = outcomes(F, F, N, F, N, A, N, N);
		Map<Role, Outcome> content = outcomes(A, A, N, A, N, A, N, N);
		// not case data: who am I, which municipality, whom a partner works for
		rows.put("GET /api/v1/me", new Row(false, false, false, everyone, (f) -> null));
		// the caller's own assignments from the index: references and phases, no content
		rows.put("GET /api/v1/me/assignments", new Row(false, false, false, everyone, (f) -> null));
		rows.put("GET " + t, new Row(false, true, false, everyone, (f) -> null));
		rows.put("PUT " + t + "/partner-affiliations/{subject}", new Row(false, true, false,
				outcomes(A, F, F, F, F, F, F, F), (f) -> map("partnerOrganisationId", f.police, "since", TODAY)));
		// signals: the object is one the case director registered
		rows.put("POST " + t + "/signals", new Row(false, true, true, everyone,
				(f) -> map("receivedOn", TODAY, "description", "Matrix (fictief)", "source", "OTHER")));
		rows.put("GET " + t + "/signals", new Row(false, true, true, everyone, (f) -> null));
		rows.put("GET " + t + "/work-items", new Row(false, true, true, everyone, (f) -> null));
		// the coordinator (metadata of every case) or the case director hands work to an
		// LSE worker
		rows.put("POST " + t + "/work-items/{itemId}/assignment",
				new Row(true, true, true, outcomes(A, F, N, F, N, F, N, A), (f) -> map("lseWorker", "matrix-worker")));
		// the central office: LSE staff only, from platform; not a municipality's case
		// data
		Map<Role, Outcome> lseOnly = new EnumMap<>(outcomes(N, N, N, N, N, A, A, A));
		lseOnly.put(Role.MANAGEMENT, N);
		Map<Role, Outcome> coordinatorOnly = new EnumMap<>(outcomes(N, N, N, N, N, N, N, A));
		coordinatorOnly.put(Role.MANAGEMENT, N);
		// the LSE workers by name: for whoever hands out work (case directors, the
		// coordinator)
		Map<Role, Outcome> assigners = new EnumMap<>(outcomes(A, N, N, N, N, N, N, A));
		assigners.put(Role.MANAGEMENT, N);
		rows.put("GET /api/v1/lse-workers", new Row(false, false, false, assigners, (f) -> null));
		rows.put("GET /api/v1/central/municipalities", new Row(false, false, false, lseOnly, (f) -> null));
		rows.put("GET /api/v1/central/unassigned-requests", new Row(false, false, false, coordinatorOnly, (f) -> null));
		rows.put("GET /api/v1/central/peer-meetings", new Row(false, false, false, lseOnly, (f) -> null));
		rows.put("POST /api/v1/central/peer-meetings", new Row(false, false, false, lseOnly,
				(f) -> map("heldOn", TODAY, "region", "Matrix", "facilitator", "Matrix", "participants", 3)));
		// self-referrals in LSE's own records: LSE workers and coordinators only; the
		// object is an open one the worker recorded
		rows.put("GET /api/v1/self-referrals", new Row(false, false, true, lseOnly, (f) -> null));
		rows.put("POST /api/v1/self-referrals",
				new Row(false, false, true, lseOnly, (f) -> map("municipality", "gm0363", "receivedOn", TODAY,
						"contactName", "Matrix (fictief)", "contactDetails", "06", "note", "Matrix")));
		// national counts, no one's record
		rows.put("GET /api/v1/self-referrals/figures", new Row(false, false, false, lseOnly, (f) -> null));
		rows.put("POST /api/v1/self-referrals/{id}/agreement",
				new Row(true, false, true, lseOnly, (f) -> map("version", STALE)));
		rows.put("POST /api/v1/self-referrals/{id}/refusal",
				new Row(true, false, true, lseOnly, (f) -> map("version", STALE)));
		rows.put("GET " + t + "/signals/{id}",
				new Row(true, true, true, outcomes(A, N, N, N, N, N, N, N), (f) -> null));
		rows.put("POST " + t + "/signals/{id}/triage", new Row(true, true, true, outcomes(A, N, N, N, N, N, N, N),
				(f) -> map("decision", "NO_ACTION", "reason", "x", "version", STALE)));
		// cases
		rows.put("POST " + t + "/cases", new Row(false, true, true, outcomes(A, F, F, F, F, F, F, F),
				(f) -> map("severity", 1, "supportLevel", "LIGHT")));
		rows.put("GET " + t + "/cases", new Row(false, true, true, everyone, (f) -> null));
		rows.put("GET " + t + "/cases/{id}", new Row(true, true, true, outcomes(A, A, N, A, N, A, N, A), (f) -> null));
		rows.put("PUT " + t + "/cases/{id}/assessment",
				new Row(true, true, true, lead, (f) -> map("severity", 2, "supportLevel", "LIGHT", "version", STALE)));
		rows.put("POST " + t + "/cases/{id}/persons", new Row(true, true, true, lead,
				(f) -> map("role", "OTHER", "name", "Matrix (fictief)", "visibility", "TEAM")));
		rows.put("POST " + t + "/cases/{id}/team",
				new Row(true, true, true, lead, (f) -> map("basis", "LEGAL_TASK", "kind", "MUNICIPALITY_STAFF",
						"subject", "matrix-colleague", "roleOnCase", "Collega", "reason", "Matrix")));
		rows.put("POST " + t + "/cases/{id}/team/{memberId}/end",
				new Row(true, true, true, lead, (f) -> map("reason", "Matrix")));
		rows.put("GET " + t + "/cases/{id}/access-log", new Row(true, true, true, work, (f) -> null));
		rows.put("POST " + t + "/cases/{id}/closure",
				new Row(true, true, true, lead, (f) -> map("reason", "Matrix", "version", STALE)));
		rows.put("POST " + t + "/cases/{id}/reopening",
				new Row(true, true, true, lead, (f) -> map("reason", "Matrix", "version", STALE)));
		// consultations: the object is a request of the case director about the case, not
		// yet taken
		rows.put("POST " + t + "/consultations", new Row(false, true, true, outcomes(A, A, A, F, F, F, F, F),
				(f) -> map("question", "Matrix (fictief)")));
		rows.put("GET " + t + "/consultations", new Row(false, true, true, everyone, (f) -> null));
		rows.put("GET " + t + "/consultations/{id}",
				new Row(true, true, true, outcomes(A, A, N, N, N, A, A, N), (f) -> null));
		Map<Role, Outcome> lseTakes = outcomes(F, F, N, N, N, A, A, N);
		// a request about a case is handed out by the coordinator, never taken by a
		// worker
		rows.put("POST " + t + "/consultations/{id}/take",
				new Row(true, true, true, outcomes(F, F, N, N, N, F, F, N), (f) -> map("version", STALE)));
		rows.put("POST " + t + "/consultations/{id}/advice",
				new Row(true, true, true, lseTakes, (f) -> map("advice", "x", "version", STALE)));
		rows.put("POST " + t + "/consultations/{id}/close",
				new Row(true, true, true, outcomes(A, F, N, N, N, F, F, N), (f) -> map("version", STALE)));
		// trajectories: the object is one on the case, with the assigned LSE worker on it
		rows.put("POST " + t + "/cases/{caseId}/trajectories",
				new Row(true, true, true, lead, (f) -> map("kind", "INDIVIDUAL_GUIDANCE")));
		rows.put("GET " + t + "/trajectories", new Row(false, true, true, everyone, (f) -> null));
		rows.put("GET " + t + "/trajectories/{id}", new Row(true, true, true, content, (f) -> null));
		rows.put("POST " + t + "/trajectories/{id}/commission",
				new Row(true, true, true, lead, (f) -> map("version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/commission-withdrawal",
				new Row(true, true, true, lead, (f) -> map("reason", "Matrix", "version", STALE)));
		rows.put("PUT " + t + "/trajectories/{id}/lse-worker",
				new Row(true, true, true, lead, (f) -> map("lseWorker", "someone", "version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/intake",
				new Row(true, true, true, lseWork, (f) -> map("version", STALE)));
		rows.put("PUT " + t + "/trajectories/{id}/help-questions",
				new Row(true, true, true, lseWork, (f) -> map("questions", List.of("Vraag"), "version", STALE)));
		rows.put("PUT " + t + "/trajectories/{id}/help-questions/{number}",
				new Row(true, true, true, lseWork, (f) -> map("status", "DONE", "version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/consents", new Row(true, true, true, lseWork,
				(f) -> map("personId", UUID.randomUUID(), "scope", "SUPPORT", "givenOn", TODAY)));
		rows.put("POST " + t + "/trajectories/{id}/consents/{consentId}/withdrawal",
				new Row(true, true, true, work, (f) -> map("withdrawnOn", TODAY)));
		rows.put("POST " + t + "/trajectories/{id}/planning",
				new Row(true, true, true, lseWork, (f) -> map("version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/action-plans",
				new Row(true, true, true, lseWork, (f) -> map("goals", List.of("Doel"))));
		rows.put("POST " + t + "/trajectories/{id}/action-plans/{number}/agreement", new Row(true, true, true, lseWork,
				(f) -> map("agreedOn", TODAY, "agreedWith", "Ouders", "version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/support",
				new Row(true, true, true, lseWork, (f) -> map("endsOn", SUPPORT_ENDS, "version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/evaluations",
				new Row(true, true, true, lseWork, (f) -> map("evaluatedOn", TODAY, "summary", "x", "version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/contacts", new Row(true, true, true, lseWork, (f) -> map("contactOn",
				TODAY, "kind", "PHONE", "withWhom", "Moeder", "summary", "Matrix (fictief)", "visibility", "TEAM")));
		rows.put("GET " + t + "/trajectories/{id}/contacts", new Row(true, true, true, content, (f) -> null));
		rows.put("POST " + t + "/trajectories/{id}/handover", new Row(true, true, true, lseWork,
				(f) -> map("receiverKind", "MUNICIPALITY", "receiver", "Team Veiligheid", "version", STALE)));
		rows.put("PUT " + t + "/trajectories/{id}/handover/checklist",
				new Row(true, true, true, lseWork, (f) -> map("familyInformedOn", TODAY, "version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/handover/acceptance",
				new Row(true, true, true, lead, (f) -> map("acceptedOn", TODAY, "version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/aftercare", new Row(true, true, true, lseWork,
				(f) -> map("contactKind", "PHONE", "endsOn", "2030-01-01", "version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/aftercare/contacts",
				new Row(true, true, true, outcomes(A, A, N, F, N, A, N, N), (f) -> map("contactOn", TODAY)));
		rows.put("PUT " + t + "/trajectories/{id}/aftercare/local-partner",
				new Row(true, true, true, lseWork, (f) -> map("name", "Buurtteam Oost", "version", STALE)));
		rows.put("POST " + t + "/trajectories/{id}/closure",
				new Row(true, true, true, lead, (f) -> map("reason", "Matrix", "version", STALE)));
		return rows;
	}

	/**
	 * The objects: case A with staff, the police and the LSE worker on its team and
	 * records of every visibility; case B with nobody on it; and Rotterdam's records as
	 * the other tenant's.
	 */
	static final class Fixture {

		final UUID police;

		final Map<String, String> onTeam = new LinkedHashMap<>();

		final Map<String, String> notOnTeam = new LinkedHashMap<>();

		final Map<String, String> otherTenant = new LinkedHashMap<>();

		final String signal;

		final String selfReferral;

		final String partnerSubject;

		final JdbcTemplate superuser = TestDatabase.get().superuser();

		Fixture() {
			this.police = Api.amsterdamPolice();
			Api director = new Api("cd.amsterdam", "gm0363");
			Api partner = new Api("partner.politie", "gm0363");
			this.partnerSubject = partner.subject;
			assertThat(director
				.put("/partner-affiliations/" + partner.subject,
						map("partnerOrganisationId", this.police, "since", "2020-01-01"))
				.status()).isEqualTo(204);
			String worker = new Api("lse.worker", "gm0363").subject;
			String staff = new Api("staff.amsterdam", "gm0363").subject;
			String caseA = director.post("/cases", map("severity", 3, "supportLevel", "MEDIUM")).text("id");
			director.post("/cases/" + caseA + "/persons",
					map("role", "PARENT", "name", "ZICHTBAAR-TEAM", "visibility", "TEAM"));
			director.post("/cases/" + caseA + "/persons",
					map("role", "SIBLING", "name", "VERBORGEN-GEMEENTE", "visibility", "MUNICIPALITY_AND_LSE"));
			director.post("/cases/" + caseA + "/team", map("kind", "MUNICIPALITY_STAFF", "basis", "LEGAL_TASK",
					"subject", staff, "roleOnCase", "Collega", "reason", "Matrix"));
			assertThat(director
				.post("/cases/" + caseA + "/team",
						map("kind", "CHAIN_PARTNER", "basis", "COVENANT", "partnerOrganisationId", this.police,
								"roleOnCase", "Wijkagent", "reason", "Matrix"))
				.status()).isEqualTo(201);
			String trajectoryA = director
				.post("/cases/" + caseA + "/trajectories", map("kind", "FAMILY_SUPPORT", "lseWorker", worker))
				.text("id");
			Api lse = new Api("lse.worker", "gm0363");
			lse.post("/trajectories/" + trajectoryA + "/contacts", map("contactOn", TODAY, "kind", "PHONE", "withWhom",
					"Moeder", "summary", "VERBORGEN-LSE", "visibility", "LSE_INTERNAL"));
			lse.post("/trajectories/" + trajectoryA + "/contacts", map("contactOn", TODAY, "kind", "PHONE", "withWhom",
					"Moeder", "summary", "VERBORGEN-GEMEENTE", "visibility", "MUNICIPALITY_AND_LSE"));
			String consultationA = director.post("/consultations", map("caseId", caseA, "question", "Vraag A"))
				.text("id");
			put(this.onTeam, caseA, trajectoryA, consultationA);
			String caseB = director.post("/cases", map("severity", 1, "supportLevel", "LIGHT")).text("id");
			String trajectoryB = director.post("/cases/" + caseB + "/trajectories", map("kind", "FAMILY_SUPPORT"))
				.text("id");
			String consultationB = director.post("/consultations", map("caseId", caseB, "question", "Vraag B"))
				.text("id");
			put(this.notOnTeam, caseB, trajectoryB, consultationB);
			this.selfReferral = lse
				.post("http://localhost:" + TestKeycloak.PORTAL_PORT + "/api/v1/self-referrals",
						map("municipality", "gm0363", "receivedOn", TODAY, "contactName", "ZELFMELDING-LSE",
								"contactDetails", "06"))
				.text("id");
			this.signal = director
				.post("/signals", map("receivedOn", TODAY, "description", "Signaal (fictief)", "source", "SCHOOL"))
				.text("id");
			Api rotterdam = new Api("cd.rotterdam", "gm0599");
			String caseC = rotterdam.post("/cases", map("severity", 1, "supportLevel", "LIGHT")).text("id");
			String trajectoryC = rotterdam.post("/cases/" + caseC + "/trajectories", map("kind", "FAMILY_SUPPORT"))
				.text("id");
			String consultationC = rotterdam.post("/consultations", map("caseId", caseC, "question", "Vraag C"))
				.text("id");
			put(this.otherTenant, caseC, trajectoryC, consultationC);
			this.otherTenant.put("SIGNAL",
					rotterdam
						.post("/signals",
								map("receivedOn", TODAY, "description", "Rotterdam (fictief)", "source", "SCHOOL"))
						.text("id"));
		}

		private static void put(Map<String, String> objects, String kase, String trajectory, String consultation) {
			objects.put("CASE", kase);
			objects.put("TRAJECTORY", trajectory);
			objects.put("CONSULTATION", consultation);
		}

		String fill(String pattern, Row row, Role role, Target target) {
			Map<String, String> objects = switch (target) {
				case OWN -> role.onTeam ? this.onTeam : this.notOnTeam;
				case OTHER_TENANT -> this.otherTenant;
				case NON_EXISTENT ->
					Map.of("CASE", UUID.randomUUID().toString(), "TRAJECTORY", UUID.randomUUID().toString(),
							"CONSULTATION", UUID.randomUUID().toString(), "SIGNAL", UUID.randomUUID().toString());
			};
			String kind = pattern.contains("/signals/") ? "SIGNAL" : pattern.contains("/consultations/")
					? "CONSULTATION" : pattern.contains("/trajectories/") ? "TRAJECTORY" : "CASE";
			String signal = (target == Target.OWN) ? this.signal : objects.get("SIGNAL");
			if (pattern.contains("/self-referrals/")) {
				// LSE's own records: no other municipality's; another id is an unknown
				// one
				return pattern.replace("{id}",
						(target == Target.OWN) ? this.selfReferral : UUID.randomUUID().toString());
			}
			return pattern.replace("{tenant}", "gm0363")
				.replace("{id}", "SIGNAL".equals(kind) ? signal : objects.get(kind))
				.replace("{caseId}", objects.get("CASE"))
				.replace("{consentId}", UUID.randomUUID().toString())
				.replace("{memberId}", UUID.randomUUID().toString())
				.replace("{number}", "1")
				.replace("{itemId}", objects.get("TRAJECTORY"))
				.replace("{subject}", this.partnerSubject);
		}

		long events() {
			Long count = this.superuser.queryForObject("select (select count(*) from tenant_gm0363.audit_event)"
					+ " + (select count(*) from tenant_lse.audit_event)"
					+ " + (select count(*) from platform.security_event)", Long.class);
			return (count != null) ? count : 0;
		}

		/**
		 * A record the role may not see, if the body shows one; a municipality's address
		 * never shows another municipality's records (the central office does, to LSE).
		 */
		@Nullable String leak(Role role, String body, boolean inOneMunicipality) {
			String shown = body.replaceAll("\"(path|instance)\":\"[^\"]*\"", "");
			List<String> hidden = new ArrayList<>(inOneMunicipality ? this.otherTenant.values() : List.of());
			if (role != Role.LSE_WORKER_ASSIGNED) {
				hidden.add("VERBORGEN-LSE");
			}
			if (role != Role.LSE_WORKER_ASSIGNED && role != Role.LSE_WORKER_NOT_ASSIGNED && role != Role.COORDINATOR) {
				hidden.add("ZELFMELDING-LSE");
			}
			if (role != Role.CASE_DIRECTOR && role != Role.STAFF_ON_TEAM && role != Role.LSE_WORKER_ASSIGNED) {
				hidden.add("VERBORGEN-GEMEENTE");
			}
			if (role == Role.COORDINATOR || !role.onTeam) {
				hidden.add("ZICHTBAAR-TEAM");
			}
			if (role != Role.CASE_DIRECTOR && role != Role.COORDINATOR) {
				hidden.add(this.notOnTeam.get("CASE"));
				hidden.add(this.notOnTeam.get("TRAJECTORY"));
			}
			return hidden.stream().filter(shown::contains).findFirst().orElse(null);
		}

	}

}
