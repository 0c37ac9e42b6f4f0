package nl.lse.platform.demo;

import java.time.LocalDate;
import java.util.List;

import nl.lse.platform.demo.DemoCases.Stage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static nl.lse.platform.demo.DemoCases.map;

/** One invented case, taken through the API up to its stage. */
final class DemoCase {

	private static final String WORKER = "lse.worker";

	private final DemoApi api;

	private final String base;

	private final String director;

	private final LocalDate today;

	private final int n;

	private final String family;

	private final String young;

	private final String worry;

	private final Stage stage;

	private final @Nullable String police;

	private final boolean staff;

	private final DemoCalendar calendar;

	DemoCase(DemoApi api, String base, String director, LocalDate today, int n, String family, String young,
			String worry, Stage stage, @Nullable String police, boolean staff) {
		this.api = api;
		this.base = base;
		this.director = director;
		this.today = today;
		this.n = n;
		this.family = family;
		this.young = young;
		this.worry = worry;
		this.stage = stage;
		this.police = police;
		this.staff = staff;
		this.calendar = DemoCalendar.present(today, n, stage == Stage.OVERDUE);
	}

	/** A case of the history: each step on its own day, up to {@code stage}. */
	DemoCase(DemoApi api, String base, String director, DemoCalendar calendar, int n, String family, String young,
			String worry, Stage stage) {
		this.api = api;
		this.base = base;
		this.director = director;
		this.today = calendar.day(DemoCalendar.Step.REFERRED);
		this.n = n;
		this.family = family;
		this.young = young;
		this.worry = worry;
		this.stage = stage;
		this.police = null;
		this.staff = false;
		this.calendar = calendar;
	}

	/**
	 * The day of the step; the platform's clock follows it for the calls that come next.
	 */
	private LocalDate at(DemoCalendar.Step step) {
		this.api.onDay(this.calendar.platformDay(step));
		return this.calendar.day(step);
	}

	void make() {
		String reporter = this.staff ? "staff.amsterdam" : (this.police != null) ? "partner.politie" : this.director;
		LocalDate received = at(DemoCalendar.Step.SIGNAL_RECEIVED);
		JsonNode signal = this.api.post(reporter, this.base + "/signals",
				map("receivedOn", received.toString(), "description", this.worry, "source",
						(this.police != null) ? "POLICE" : (this.n % 5 == 4) ? "FAMILY_SELF_REFERRAL" : "SCHOOL",
						"concerns", List.of("ONLINE_RADICALISATION")));
		String triage = this.base + "/signals/" + signal.path("id").asString() + "/triage";
		if (this.stage == Stage.SIGNAL) {
			return;
		}
		if (this.stage == Stage.NO_ACTION) {
			this.api.post(this.director, triage, map("decision", "NO_ACTION", "reason",
					"Na gesprek met school geen zorgen meer (fictief).", "version", signal.path("version").asLong()));
			return;
		}
		int severity = 1 + this.n % 4;
		String level = List.of("LIGHT", "MEDIUM", "INTENSIVE").get(this.n % 3);
		boolean consultation = this.stage == Stage.CONSULTATION || this.stage == Stage.ADVISED;
		boolean assigned = this.stage != Stage.REFERRED || this.n % 2 == 0;
		at(DemoCalendar.Step.REFERRED);
		JsonNode triaged = this.api.post(this.director, triage, consultation
				? map("decision", "CONSULTATION", "severity", severity, "supportLevel", level, "question",
						"Hoe kunnen we de familie " + this.family + " (fictief) het beste ondersteunen?", "version",
						signal.path("version").asLong())
				: map("decision", "TRAJECTORY", "severity", severity, "supportLevel", level, "trajectoryKind",
						(this.n % 2 == 0) ? "FAMILY_SUPPORT" : "INDIVIDUAL_GUIDANCE", "lseWorker",
						assigned ? this.api.subjectOf(WORKER) : null, "version", signal.path("version").asLong()));
		String kase = this.base + "/cases/" + triaged.path("caseId").asString();
		// family support rests on the parent's consent, individual guidance on the young
		// person's
		// (both old enough to give it themselves)
		String consenting = persons(kase, this.n % 2 == 0);
		team(kase);
		if (consultation) {
			advise(triaged.path("consultationId").asString());
			return;
		}
		trajectory(this.base + "/trajectories/" + triaged.path("trajectoryId").asString(), consenting);
	}

	/** The persons of the case; the id of the parent, or of the young person. */
	private String persons(String kase, boolean parent) {
		String young = this.api
			.post(this.director, kase + "/persons",
					map("role", "PERSON_OF_CONCERN", "name", this.young + " " + this.family + " (fictief)",
							"yearOfBirth", this.today.getYear() - 22 + this.n % 6, "visibility", "TEAM"))
			.path("id")
			.asString();
		String father = this.api
			.post(this.director, kase + "/persons",
					map("role", "PARENT", "name", "Ouder " + this.family + " (fictief)", "yearOfBirth",
							1970 + this.n % 10, "visibility", "MUNICIPALITY_AND_LSE"))
			.path("id")
			.asString();
		return parent ? father : young;
	}

	private void team(String kase) {
		if (this.police != null) {
			this.api.post(this.director, kase + "/team",
					map("kind", "CHAIN_PARTNER", "basis", "COVENANT", "partnerOrganisationId", this.police,
							"roleOnCase", "Wijkagent", "reason", "Melder en betrokken bij de veiligheid"));
		}
		if (this.staff) {
			this.api.post(this.director, kase + "/team",
					map("kind", "MUNICIPALITY_STAFF", "basis", "LEGAL_TASK", "subject",
							this.api.subjectOf("staff.amsterdam"), "roleOnCase", "Procesregisseur", "reason",
							"Sociaal domein"));
		}
	}

	private void advise(String id) {
		if (this.stage != Stage.ADVISED) {
			return;
		}
		String path = this.base + "/consultations/" + id;
		// a request about a case is handed to a worker by the LSE coordinator
		this.api.post("lse.coordinator", this.base + "/work-items/" + id + "/assignment",
				map("lseWorker", this.api.subjectOf(WORKER)));
		this.api.post(WORKER, path + "/advice",
				map("advice",
						"Blijf in gesprek met de familie; betrek de school en plan over zes weken een netwerkoverleg.",
						"version", this.api.version(WORKER, path)));
	}

	private void trajectory(String path, String consenting) {
		if (this.stage == Stage.REFERRED) {
			return;
		}
		if (!this.api.get(this.director, path).path("commissioned").asBoolean()) {
			// a family's self-referral: the municipality commissions it first
			this.api.post(this.director, path + "/commission", map("version", this.api.version(this.director, path)));
		}
		// consent to the trajectory comes before the intake, dated on the referral (today
		// here)
		this.api.post(WORKER, path + "/consents",
				map("personId", consenting, "scope", "SUPPORT", "givenOn", this.today.toString()));
		at(DemoCalendar.Step.INTAKE);
		step(path, "/intake", map());
		if (this.stage == Stage.INTAKE) {
			return;
		}
		at(DemoCalendar.Step.PLANNING);
		this.api.put(WORKER, path + "/help-questions",
				map("questions",
						List.of("Hoe blijven we in gesprek met " + this.young + "?", "Wie kan ons als ouders steunen?"),
						"version", this.api.version(WORKER, path)));
		step(path, "/planning", map());
		this.api.post(WORKER, path + "/action-plans",
				map("goals", List.of("Het contact thuis blijft open", "Een vast steunpunt in de wijk"), "actions",
						List.of(map("goalNumber", 1, "description", "Wekelijks gesprek aan tafel", "owner", "Ouders"),
								map("goalNumber", 2, "description", "Kennismaking met het buurtteam", "owner",
										"Familieondersteuner")),
						"visibility", "TEAM"));
		if (this.stage == Stage.PLANNING) {
			return;
		}
		step(path, "/action-plans/1/agreement",
				map("agreedOn", at(DemoCalendar.Step.AGREED).toString(), "agreedWith", "Beide ouders"));
		step(path, "/support", map("endsOn", this.calendar.day(DemoCalendar.Step.SUPPORT_ENDS).toString()));
		this.api.post(WORKER, path + "/contacts",
				map("contactOn", at(DemoCalendar.Step.FIRST_CONTACT).toString(), "kind", "HOME_VISIT", "withWhom",
						"Ouders", "summary", "Huisbezoek: open gesprek over zorgen (fictief).", "visibility", "TEAM"));
		this.api.post(WORKER, path + "/contacts",
				map("contactOn", at(DemoCalendar.Step.SECOND_CONTACT).toString(), "kind", "PEER_CONTACT_MEETING",
						"withWhom", "Moeder", "summary", "Moeder nam deel aan lotgenotencontact.", "visibility",
						"LSE_INTERNAL"));
		if (this.stage == Stage.SUPPORT) {
			return;
		}
		aftercareThenHandover(path, consenting);
	}

	/**
	 * LSE's order of work: the help questions are completed, aftercare follows (scheduled
	 * in the past for the overdue scenario), then the handover to the local partner
	 * chosen during aftercare, whose acceptance closes the trajectory.
	 */
	private void aftercareThenHandover(String path, String consenting) {
		step(path, "/help-questions/1", map("status", "DONE"));
		step(path, "/help-questions/2", map("status", "DROPPED", "reason", "Steun gevonden bij familie (fictief)."));
		LocalDate started = at(DemoCalendar.Step.AFTERCARE);
		step(path, "/aftercare", map("contactKind", "PHONE", "startsOn", started.toString(), "endsOn",
				started.plusDays(180).toString()));
		if (this.stage == Stage.OVERDUE) {
			// no contact since the start: its moments are overdue
			return;
		}
		this.api.post(WORKER, path + "/aftercare/contacts",
				map("contactOn", at(DemoCalendar.Step.AFTERCARE_CONTACT).toString()));
		if (this.stage == Stage.AFTERCARE) {
			return;
		}
		step(path, "/aftercare/local-partner", map("name", "Buurtteam (fictief)"));
		LocalDate handover = at(DemoCalendar.Step.HANDOVER);
		// the family agrees that the local partner, outside the case team, is told
		LocalDate sharing = (this.calendar.platformDay(DemoCalendar.Step.HANDOVER) != null) ? handover : this.today;
		this.api.post(WORKER, path + "/consents",
				map("personId", consenting, "scope", "SHARE_WITH_PARTNERS", "givenOn", sharing.toString()));
		step(path, "/handover", map("receiverKind", "LOCAL_PARTNER", "receiver", "Buurtteam (fictief)", "startedOn",
				handover.toString()));
		if (this.calendar.platformDay(DemoCalendar.Step.HANDOVER) != null) {
			// the history: the checklist is filled in once its days have passed
			this.api.onDay(handover.plusDays(3));
		}
		if (this.stage == Stage.HANDOVER) {
			step(path, "/handover/checklist", map("warmHandoverMeetingHeldOn", handover.plusDays(2).toString()));
			return;
		}
		step(path, "/handover/checklist",
				map("warmHandoverMeetingHeldOn", handover.plusDays(2).toString(), "familyInformedOn",
						handover.plusDays(2).toString(), "fileTransferredOn", handover.plusDays(3).toString(),
						"aftercarePartnerAgreedOn", handover.plusDays(3).toString()));
		if (this.stage == Stage.CLOSED) {
			LocalDate accepted = (this.calendar.platformDay(DemoCalendar.Step.ACCEPTED) != null)
					? at(DemoCalendar.Step.ACCEPTED) : handover.plusDays(5);
			this.api.post(this.director, path + "/handover/acceptance",
					map("acceptedOn", accepted.toString(), "version", this.api.version(this.director, path)));
		}
	}

	/** A transition by the LSE worker, on the current version. */
	private void step(String path, String action, java.util.Map<String, Object> body) {
		body.put("version", this.api.version(WORKER, path));
		if (action.equals("/handover/checklist") || action.startsWith("/help-questions/")
				|| action.equals("/aftercare/local-partner")) {
			this.api.put(WORKER, path + action, body);
		}
		else {
			this.api.post(WORKER, path + action, body);
		}
	}

}
