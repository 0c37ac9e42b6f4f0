package nl.lse.platform.trajectories;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.PortalBrowser;
import nl.lse.platform.casework.Api;
import nl.lse.platform.casework.Api.Response;
import nl.lse.platform.casework.CaseRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal offers exactly what the API accepts: for a trajectory in every phase and
 * every role on its case (case director, the LSE worker, staff and a chain partner on the
 * team), the forms on the trajectory page are the actions the API lists as allowed, and
 * an action the API does not list for a role is refused to that role (403) while a listed
 * one passes every access check (a stale version answers 409 and changes nothing).
 */
class TrajectoryOffersIntegrationTests extends PlatformIntegrationTest {

	static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

	static final String SUPPORT_ENDS = LocalDate.parse(TODAY).plusMonths(6).toString();

	static final long STALE = 999_999;

	/** The portal form each action is offered through. */
	static final Map<String, String> FORMS = forms();

	@Test
	void everyPhaseAndRoleIsOfferedInThePortalWhatTheApiAccepts() throws Exception {
		Api director = new Api("cd.amsterdam", "gm0363");
		Api worker = new Api("lse.worker", "gm0363");
		Map<String, Api> roles = new LinkedHashMap<>();
		roles.put("case director", director);
		roles.put("LSE worker", worker);
		roles.put("staff on the team", new Api("staff.amsterdam", "gm0363"));
		roles.put("partner on the team", new Api("partner.politie", "gm0363"));
		Map<String, String> states = states(director, worker);
		Map<String, PortalBrowser> browsers = new LinkedHashMap<>();
		for (Map.Entry<String, Api> role : roles.entrySet()) {
			PortalBrowser browser = new PortalBrowser();
			browser.login(role.getValue().user(), "/");
			browsers.put(role.getKey(), browser);
		}
		List<String> mismatches = new ArrayList<>();
		for (Map.Entry<String, String> state : states.entrySet()) {
			for (Map.Entry<String, Api> role : roles.entrySet()) {
				Response api = role.getValue().get("/trajectories/" + state.getValue());
				assertThat(api.status()).as(state.getKey() + " " + role.getKey()).isEqualTo(200);
				Set<String> allowed = new TreeSet<>();
				api.json().path("allowedActions").forEach((action) -> allowed.add(action.asString()));
				HttpResponse<String> page = browsers.get(role.getKey()).get("/t/gm0363/trajecten/" + state.getValue());
				assertThat(page.statusCode()).isEqualTo(200);
				Set<String> offered = offered(page.body());
				if (!offered.equals(allowed)) {
					mismatches.add(state.getKey() + " / " + role.getKey() + ": portal " + offered + ", API " + allowed);
				}
				probe(role.getValue(), state.getValue(), allowed, state.getKey() + " / " + role.getKey(), mismatches);
			}
		}
		assertThat(mismatches).isEmpty();
	}

	/** The actions behind the forms on a trajectory page. */
	static Set<String> offered(String html) {
		Set<String> offered = new TreeSet<>();
		Matcher forms = Pattern
			.compile("<form[^>]*action=\"[^\"]*/trajecten/[^/\"]+/([a-z]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL)
			.matcher(html);
		while (forms.find()) {
			String form = forms.group(1);
			if (form.equals("stap")) {
				Matcher step = Pattern.compile("name=\"step\" value=\"([a-z]+)\"").matcher(forms.group(2));
				assertThat(step.find()).isTrue();
				offered.add(FORMS.get("stap:" + step.group(1)));
			}
			else {
				offered.add(FORMS.get(form));
			}
		}
		return offered;
	}

	/**
	 * Versioned actions with a stale version: 409 when the role may do it, 403 when it
	 * may not; either way nothing changes.
	 */
	private static void probe(Api api, String trajectory, Set<String> allowed, String where, List<String> mismatches) {
		Map<String, String[]> probes = Map.of("COMMISSION", new String[] { "POST", "/commission" }, "START_INTAKE",
				new String[] { "POST", "/intake" }, "START_PLANNING", new String[] { "POST", "/planning" },
				"START_SUPPORT", new String[] { "POST", "/support" }, "CLOSE", new String[] { "POST", "/closure" });
		for (Map.Entry<String, String[]> probe : probes.entrySet()) {
			String path = "/trajectories/" + trajectory + probe.getValue()[1];
			int status = api.post(path, map("version", STALE, "endsOn", SUPPORT_ENDS)).status();
			boolean roleMay = TrajectoryAction.valueOf(probe.getKey()).mayBeDoneBy(roleOf(api));
			int expected = roleMay ? 409 : 403;
			if (status != expected) {
				mismatches.add(where + ": " + probe.getKey() + " answered " + status + ", expected " + expected);
			}
			if (allowed.contains(probe.getKey()) && !roleMay) {
				mismatches.add(where + ": " + probe.getKey() + " listed for a role that may not do it");
			}
		}
	}

	private static CaseRole roleOf(Api api) {
		return switch (api.user()) {
			case "cd.amsterdam" -> CaseRole.CASE_DIRECTOR;
			case "lse.worker" -> CaseRole.LSE_WORKER;
			case "staff.amsterdam" -> CaseRole.MUNICIPALITY_STAFF;
			default -> CaseRole.CHAIN_PARTNER;
		};
	}

	/** A trajectory in each phase, on one case with staff and the police on its team. */
	private static Map<String, String> states(Api director, Api worker) {
		UUID police = Api.amsterdamPolice();
		Api partner = new Api("partner.politie", "gm0363");
		director.put("/partner-affiliations/" + partner.subject,
				map("partnerOrganisationId", police, "since", "2020-01-01"));
		String kase = director.post("/cases", map("severity", 3, "supportLevel", "MEDIUM")).text("id");
		String parent = director
			.post("/cases/" + kase + "/persons", map("role", "PARENT", "name", "Ouder (fictief)", "yearOfBirth", 1978))
			.text("id");
		director.post("/cases/" + kase + "/team", map("kind", "MUNICIPALITY_STAFF", "basis", "LEGAL_TASK", "subject",
				new Api("staff.amsterdam", "gm0363").subject, "roleOnCase", "Collega", "reason", "Test"));
		director.post("/cases/" + kase + "/team", map("kind", "CHAIN_PARTNER", "basis", "COVENANT",
				"partnerOrganisationId", police, "roleOnCase", "Wijkagent", "reason", "Test"));

		Map<String, String> states = new LinkedHashMap<>();
		states.put("self-referral",
				director.post("/cases/" + kase + "/trajectories", map("kind", "FAMILY_SUPPORT", "selfReferral", true))
					.text("id"));
		String[] steps = { "referred", "intake", "planning", "support", "support, questions done", "aftercare",
				"handover", "handover, checklist done", "handed over", "closed early" };
		String[] phases = { "REFERRED", "INTAKE", "PLANNING", "SUPPORT", "SUPPORT", "AFTERCARE", "HANDOVER", "HANDOVER",
				"CLOSED", "CLOSED" };
		for (int i = 0; i < steps.length; i++) {
			String id = director
				.post("/cases/" + kase + "/trajectories", map("kind", "FAMILY_SUPPORT", "lseWorker", worker.subject))
				.text("id");
			advance(director, worker, "/trajectories/" + id, parent, i);
			assertThat(director.get("/trajectories/" + id).text("phase")).as(steps[i]).isEqualTo(phases[i]);
			states.put(steps[i], id);
		}
		return states;
	}

	/** Takes a referred trajectory the given number of steps along. */
	private static void advance(Api director, Api worker, String t, String parent, int steps) {
		if (steps >= 1) {
			worker.post(t + "/consents", map("personId", parent, "scope", "SUPPORT", "givenOn", TODAY));
			worker.post(t + "/intake", map("version", version(worker, t)));
		}
		if (steps >= 2) {
			worker.put(t + "/help-questions",
					map("questions", List.of("Hoe praten we met hem?"), "version", version(worker, t)));
			worker.post(t + "/planning", map("version", version(worker, t)));
		}
		if (steps >= 3) {
			worker.post(t + "/action-plans", map("goals", List.of("Gesprek gaande houden"), "actions", List.of()));
			worker.post(t + "/action-plans/1/agreement",
					map("agreedOn", TODAY, "agreedWith", "Ouders", "version", version(worker, t)));
			worker.post(t + "/support", map("endsOn", SUPPORT_ENDS, "version", version(worker, t)));
		}
		if (steps >= 4) {
			worker.put(t + "/help-questions/1", map("status", "DONE", "version", version(worker, t)));
		}
		if (steps >= 5) {
			worker.post(t + "/aftercare", map("contactKind", "PHONE", "endsOn",
					LocalDate.parse(TODAY).plusMonths(3).toString(), "version", version(worker, t)));
		}
		if (steps >= 6 && steps != 9) {
			worker.post(t + "/handover", map("receiverKind", "MUNICIPALITY", "receiver", "Gemeente Amsterdam",
					"version", version(worker, t)));
		}
		if (steps >= 7 && steps != 9) {
			worker.put(t + "/handover/checklist", map("warmHandoverMeetingHeldOn", TODAY, "familyInformedOn", TODAY,
					"fileTransferredOn", TODAY, "aftercarePartnerAgreedOn", TODAY, "version", version(worker, t)));
		}
		if (steps == 8) {
			director.post(t + "/handover/acceptance", map("acceptedOn", TODAY, "version", version(director, t)));
		}
		if (steps == 9) {
			director.post(t + "/closure", map("reason", "De familie is verhuisd", "version", version(director, t)));
		}
	}

	private static long version(Api api, String t) {
		JsonNode trajectory = api.get(t).json();
		return trajectory.path("version").asLong();
	}

	private static Map<String, String> forms() {
		Map<String, String> forms = new LinkedHashMap<>();
		forms.put("stap:commission", "COMMISSION");
		forms.put("stap:intake", "START_INTAKE");
		forms.put("stap:planning", "START_PLANNING");
		forms.put("stap:support", "START_SUPPORT");
		forms.put("medewerker", "ASSIGN");
		forms.put("opdrachtintrekking", "WITHDRAW_COMMISSION");
		forms.put("hulpvragen", "RECORD_HELP_QUESTIONS");
		forms.put("hulpvraag", "UPDATE_HELP_QUESTION");
		forms.put("lokalepartner", "CHOOSE_LOCAL_PARTNER");
		forms.put("toestemming", "RECORD_CONSENT");
		forms.put("intrekking", "WITHDRAW_CONSENT");
		forms.put("plan", "DRAFT_PLAN");
		forms.put("akkoord", "AGREE_PLAN");
		forms.put("evaluatie", "EVALUATE_PLAN");
		forms.put("contact", "LOG_CONTACT");
		forms.put("overdracht", "START_HANDOVER");
		forms.put("checklist", "CHECK_HANDOVER");
		forms.put("acceptatie", "ACCEPT_HANDOVER");
		forms.put("nazorg", "AGREE_AFTERCARE");
		forms.put("nazorgcontact", "RECORD_AFTERCARE_CONTACT");
		forms.put("afsluiting", "CLOSE");
		return forms;
	}

}
