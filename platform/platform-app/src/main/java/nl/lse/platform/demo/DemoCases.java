package nl.lse.platform.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.partners.PartnerOrganisation;
import nl.lse.platform.settings.TenantSetting;
import nl.lse.platform.settings.TenantSettingRepository;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * About fifty invented cases over the three demo municipalities, in every phase and
 * service type, made through the platform's own API as the demo users (so audit, the
 * assignment index and every rule apply). Only in a demo run, and only into a
 * municipality that has no cases yet: starting again adds nothing.
 */
class DemoCases implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	/** Where a demo case ends up. */
	enum Stage {

		SIGNAL, NO_ACTION, CONSULTATION, ADVISED, REFERRED, INTAKE, PLANNING, SUPPORT, AFTERCARE, OVERDUE, HANDOVER,
		CLOSED

	}

	private static final List<String> FAMILIES = List.of("Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer",
			"de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
			"de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
			"Vermeulen", "van den Berg", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet",
			"van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom",
			"Huisman", "Peeters", "de Jong", "Kuipers", "van Wijk", "Postma", "Kramer", "van den Heuvel", "Scholten");

	private static final List<String> YOUNG = List.of("Daan", "Sem", "Noah", "Lucas", "Levi", "Finn", "Milan", "Bram",
			"Sara", "Nora", "Yara", "Lina", "Amira", "Jesse", "Ayoub", "Mees", "Youssef", "Fenna", "Liam", "Zoë");

	private static final List<String> WORRIES = List.of(
			"School meldt dat de leerling zich terugtrekt en online extremistische filmpjes deelt.",
			"Wijkagent ziet contacten met een groep die geweld verheerlijkt.",
			"Moeder maakt zich zorgen over nieuwe vrienden en uitspraken thuis.",
			"Jeugdhulp signaleert complotdenken en afkeer van de overheid.",
			"Vader neemt zelf contact op: zoon wil naar een conflictgebied.",
			"Docent hoort dreigende uitspraken tegen medeleerlingen.");

	private final DemoApi api;

	/** Marks a municipality whose demo cases are in: a second start adds nothing. */
	static final String LOADED = "demo.cases-loaded";

	/** Marks a municipality whose twelve months of history are in. */
	static final String HISTORY = "demo.history-loaded";

	private final PartnerAffiliations registry;

	private final TenantTransactions tenants;

	private final TenantSettingRepository settings;

	private final LocalDate today;

	DemoCases(DemoApi api, PartnerAffiliations registry, TenantTransactions tenants, TenantSettingRepository settings,
			Clock clock) {
		this.today = LocalDate.now(clock);
		this.api = api;
		this.registry = registry;
		this.tenants = tenants;
		this.settings = settings;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void run(ApplicationArguments args) {
		load("gm0363", "cd.amsterdam", 24, "Politie Eenheid Amsterdam", 0);
		load("gm0599", "cd.rotterdam", 22, "Politie Eenheid Rotterdam", 24);
		load("gm0193", "cd.zwolle", 14, null, 46);
		selfReferrals();
		// the history takes a minute or two: in the background, so the portal is up
		// before it
		Thread history = new Thread(() -> {
			history("gm0363", "cd.amsterdam", 0);
			history("gm0599", "cd.rotterdam", 1);
			history("gm0193", "cd.zwolle", 2);
		}, "demo-history");
		history.setDaemon(true);
		history.start();
	}

	/**
	 * Twelve months of history for the reports (batch-jobs): two cases referred in each
	 * of the last twelve months, every step on its own day through the platform's own API
	 * with the demo clock set to that day ({@link DemoClock}), each taken as far as its
	 * days have passed (older ones closed after their handover, recent ones still in
	 * intake or planning), and every third month a consultation. Once per municipality.
	 * @return how many cases were made
	 */
	int history(String tenant, String director, int offset) {
		this.api.forgetTokens();
		TenantId id = TenantId.of(tenant);
		if (Boolean.TRUE.equals(this.tenants.inTenant(id, (status) -> this.settings.existsById(HISTORY)))) {
			return 0;
		}
		String base = "/api/v1/tenants/" + tenant;
		int made = 0;
		for (int back = 12; back >= 1; back--) {
			java.time.YearMonth month = java.time.YearMonth.from(this.today).minusMonths(back);
			for (int i = 0; i < 2; i++) {
				int n = 100 + offset * 50 + back * 2 + i;
				DemoCalendar calendar = DemoCalendar.history(month.atDay(4 + 11 * i + offset));
				Stage stage = (back % 3 == 0 && i == 1) ? Stage.ADVISED : reached(calendar);
				try {
					new DemoCase(this.api, base, director, calendar, n, FAMILIES.get(n % FAMILIES.size()),
							YOUNG.get(n % YOUNG.size()), WORRIES.get(n % WORRIES.size()), stage)
						.make();
					made++;
				}
				catch (RuntimeException ex) {
					log.warn("Demo history case {} in {} not completed: {}", n, tenant, ex.getMessage());
				}
				finally {
					this.api.onDay(null);
				}
			}
		}
		if (made > 0) {
			// none made (the platform was stopping): the next start tries again
			this.tenants.inTenant(id,
					(status) -> this.settings.save(new TenantSetting(HISTORY, this.today.toString())));
		}
		log.info("Demo: {} cases of the last twelve months in {}", made, tenant);
		return made;
	}

	/** How far a case of the history has come by today. */
	Stage reached(DemoCalendar calendar) {
		java.util.function.Predicate<DemoCalendar.Step> passed = (step) -> !calendar.day(step).isAfter(this.today);
		if (passed.test(DemoCalendar.Step.ACCEPTED)) {
			return Stage.CLOSED;
		}
		if (!calendar.day(DemoCalendar.Step.HANDOVER).plusDays(3).isAfter(this.today)) {
			return Stage.HANDOVER;
		}
		if (passed.test(DemoCalendar.Step.AFTERCARE_CONTACT)) {
			return Stage.AFTERCARE;
		}
		if (passed.test(DemoCalendar.Step.AFTERCARE)) {
			return Stage.OVERDUE;
		}
		if (passed.test(DemoCalendar.Step.SECOND_CONTACT)) {
			return Stage.SUPPORT;
		}
		if (passed.test(DemoCalendar.Step.PLANNING)) {
			return Stage.PLANNING;
		}
		return passed.test(DemoCalendar.Step.INTAKE) ? Stage.INTAKE : Stage.REFERRED;
	}

	/**
	 * Three families that contacted LSE themselves: one still deciding, one that agreed
	 * (now a signal in Rotterdam), one that refused (general advice only).
	 */
	void selfReferrals() {
		String path = "/api/v1/self-referrals";
		try {
			if (Boolean.TRUE
				.equals(this.tenants.inTenant(TenantId.LSE, (status) -> this.settings.existsById(LOADED)))) {
				return;
			}
			this.api.post("lse.worker", path, selfReferral("gm0363", 3, "Mevrouw El Amrani (fictief)"));
			JsonNode agreed = this.api.post("lse.worker", path, selfReferral("gm0599", 9, "De heer Visser (fictief)"));
			this.api.post("lse.worker", path + "/" + agreed.path("id").asString() + "/agreement",
					map("version", agreed.path("version").asLong()));
			JsonNode refused = this.api.post("lse.worker", path, selfReferral("gm0193", 20, "Mevrouw Kok (fictief)"));
			this.api.post("lse.worker", path + "/" + refused.path("id").asString() + "/refusal",
					map("version", refused.path("version").asLong()));
			this.tenants.inTenant(TenantId.LSE,
					(status) -> this.settings.save(new TenantSetting(LOADED, this.today.toString())));
			log.info("Demo: three self-referrals in LSE's own records");
		}
		catch (RuntimeException ex) {
			log.warn("Demo self-referrals not completed: {}", ex.getMessage());
		}
	}

	private Map<String, Object> selfReferral(String municipality, int daysAgo, String name) {
		return map("municipality", municipality, "receivedOn", this.today.minusDays(daysAgo).toString(), "contactName",
				name, "contactDetails", "06-00000000 (fictief)", "note",
				"Belde zelf: zorgen over een kind dat zich terugtrekt (fictief).");
	}

	/**
	 * Loads one municipality's demo scenarios (a few stop at the signal), unless they are
	 * in already.
	 * @return how many scenarios were made completely
	 */
	int load(String tenant, String director, int count, @Nullable String police, int offset) {
		this.api.forgetTokens();
		String base = "/api/v1/tenants/" + tenant;
		TenantId id = TenantId.of(tenant);
		if (Boolean.TRUE.equals(this.tenants.inTenant(id, (status) -> this.settings.existsById(LOADED)))) {
			log.info("Demo: {} has its demo cases already", tenant);
			return 0;
		}
		String policeId = (police != null) ? this.registry.organisationNamed(police)
			.map(PartnerOrganisation::id)
			.map(Object::toString)
			.orElse(null) : null;
		int made = 0;
		for (int i = 0; i < count; i++) {
			int n = offset + i;
			try {
				new DemoCase(this.api, base, director, this.today, n, FAMILIES.get(n % FAMILIES.size()),
						YOUNG.get(n % YOUNG.size()), WORRIES.get(n % WORRIES.size()),
						Stage.values()[n % Stage.values().length], (policeId != null && n % 3 == 0) ? policeId : null,
						"gm0363".equals(tenant) && n % 4 == 1)
					.make();
				made++;
			}
			catch (RuntimeException ex) {
				log.warn("Demo case {} in {} not completed: {}", n, tenant, ex.getMessage());
			}
		}
		this.tenants.inTenant(id, (status) -> this.settings.save(new TenantSetting(LOADED, this.today.toString())));
		log.info("Demo: {} cases in {}", made, tenant);
		return made;
	}

	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
