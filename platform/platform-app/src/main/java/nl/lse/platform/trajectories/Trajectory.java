package nl.lse.platform.trajectories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import nl.lse.platform.cases.PersonRole;
import nl.lse.platform.casework.AllowedActions;
import nl.lse.platform.casework.CaseRole;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Traject: family support or individual guidance, voluntary, commissioned by the
 * municipality. Each transition is a method here that checks its rule and names it in
 * Dutch when refused.
 */
@Entity
@Table(name = "trajectory")
public class Trajectory {

	/** Why a trajectory closed: consent to it was withdrawn. */
	public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

	/** Closed without a handover, with the reason why none was possible. */
	public static final String NO_HANDOVER_POSSIBLE = "NO_HANDOVER_POSSIBLE";

	/** Closed because the municipality withdrew its commission. */
	public static final String COMMISSION_WITHDRAWN = "COMMISSION_WITHDRAWN";

	/** The receiver of the handover that follows a withdrawn commission in aftercare. */
	public static final String COMMISSION_WITHDRAWN_RECEIVER = "De gemeente (opdracht ingetrokken)";

	/** Closed by the receiver's acceptance of the handover, after aftercare. */
	public static final String HANDED_OVER = "HANDED_OVER";

	@Id
	private UUID id;

	private UUID caseId;

	@Enumerated(EnumType.STRING)
	private TrajectoryKind kind;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private boolean selfReferral;

	private @Nullable String commissionedBy;

	private @Nullable LocalDate commissionedOn;

	/** The longest support that can be planned. */
	public static final Period LONGEST_SUPPORT = Period.ofYears(2);

	/** No consent of this trajectory can be dated before it. */
	private LocalDate referredOn;

	/**
	 * Support is temporary: when it is planned to end (overdue in the work lists after).
	 */
	private @Nullable LocalDate supportEndsOn;

	private @Nullable String lseWorker;

	private @Nullable LocalDate intakeStartedOn;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "trajectory_id", nullable = false)
	@OrderBy("number")
	private List<HelpQuestion> helpQuestions = new ArrayList<>();

	private @Nullable String closureReason;

	private @Nullable LocalDate closedOn;

	private @Nullable String closureNote;

	@OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "handover_id")
	private @Nullable Handover handover;

	@OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "aftercare_id")
	private @Nullable Aftercare aftercare;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "trajectory_id", nullable = false)
	@OrderBy("givenOn")
	private List<Consent> consents = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "trajectory_id", nullable = false)
	@OrderBy("number")
	private List<ActionPlan> plans = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "trajectory_id", nullable = false)
	@OrderBy("contactOn desc")
	private List<Contact> contacts = new ArrayList<>();

	protected Trajectory() {
		this.id = UUID.randomUUID();
		this.caseId = this.id;
		this.kind = TrajectoryKind.FAMILY_SUPPORT;
		this.phase = Phase.REFERRED;
		this.referredOn = LocalDate.EPOCH;
	}

	/**
	 * A referral. Commissioned at once when the municipality refers; a family's
	 * self-referral waits in REFERRED until the municipality commissions it.
	 */
	public Trajectory(UUID caseId, TrajectoryKind kind, boolean selfReferral, @Nullable Subject commissionedBy,
			LocalDate today) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.kind = kind;
		this.phase = Phase.REFERRED;
		this.referredOn = today;
		this.selfReferral = selfReferral;
		if (!selfReferral) {
			RuleViolation.check(commissionedBy != null, "commissionedBy",
					"Een traject wordt in opdracht van de gemeente gestart.");
			this.commissionedBy = commissionedBy.value();
			this.commissionedOn = today;
		}
	}

	/**
	 * What this caller may do next: the actions their role on the case allows whose rule
	 * holds now. Derived from the same rules the transitions enforce
	 * ({@link #refusal(TrajectoryAction, Sight)}); an action that also needs input is
	 * offered when some valid input exists.
	 */
	public Set<TrajectoryAction> allowedActions(CaseRole role, Sight sight) {
		return allowedActions(role, sight, null);
	}

	/**
	 * What this caller may do next, for a chain partner also knowing the organisation
	 * they work for here (a handover to it is theirs to accept).
	 */
	public Set<TrajectoryAction> allowedActions(CaseRole role, Sight sight, @Nullable UUID organisation) {
		return AllowedActions.of(TrajectoryAction.class, (action) -> mayDo(action, role, organisation),
				(action) -> refusal(action, sight));
	}

	/**
	 * Whether the action is this caller's to do at all (whatever the state): their role
	 * on the case, and for accepting a handover whether they are its receiver.
	 */
	public boolean mayDo(TrajectoryAction action, CaseRole role, @Nullable UUID organisation) {
		return action.mayBeDoneBy(role)
				&& (action != TrajectoryAction.ACCEPT_HANDOVER || mayAccept(role, organisation));
	}

	/**
	 * Whether this caller receives the handover: the case director for the municipality
	 * and for a named local provider without an account, a chain partner of the receiving
	 * organisation for it. True while there is no handover (its phase rule refuses then).
	 */
	public boolean mayAccept(CaseRole role, @Nullable UUID organisation) {
		if (this.handover == null) {
			return role == CaseRole.CASE_DIRECTOR;
		}
		UUID receiving = this.handover.partnerOrganisationId();
		if (this.handover.receiverKind() == Handover.ReceiverKind.LOCAL_PARTNER && receiving != null) {
			return role == CaseRole.CHAIN_PARTNER && receiving.equals(organisation);
		}
		return role == CaseRole.CASE_DIRECTOR;
	}

	/** Why the action cannot be done now, whoever asks; {@code null} when it can. */
	@Nullable RuleViolation refusal(TrajectoryAction action, Sight sight) {
		if (this.phase == Phase.CLOSED && action != TrajectoryAction.WITHDRAW_CONSENT) {
			return new RuleViolation("phase", "Dit traject is afgesloten.");
		}
		return switch (action) {
			case COMMISSION -> firstBroken(
					rule(() -> this.phase == Phase.REFERRED, "phase",
							"Alleen een aangemeld traject kan in opdracht worden gegeven."),
					rule(() -> !isCommissioned(), "phase", "Dit traject is al in opdracht gegeven."));
			case ASSIGN, LOG_CONTACT, CLOSE -> null;
			case WITHDRAW_COMMISSION ->
				firstBroken(rule(this::isCommissioned, "commissionedBy", "Dit traject is niet in opdracht gegeven."),
						rule(() -> this.phase != Phase.HANDOVER, "phase",
								"De overdracht loopt al: accepteer die, of sluit het traject met de reden."));
			case START_INTAKE ->
				firstBroken(rule(() -> this.phase == Phase.REFERRED, "phase", "De intake begint na de aanmelding."),
						rule(this::isCommissioned, "commissionedBy",
								"De gemeente moet het traject eerst in opdracht geven (opdrachtgeverschap)."),
						rule(() -> this.lseWorker != null, "lseWorker",
								"Wijs eerst een LSE-medewerker toe die het traject uitvoert."),
						rule(this::hasConsentToSupport, "consents", (this.kind == TrajectoryKind.INDIVIDUAL_GUIDANCE)
								? "Leg eerst de toestemming voor het traject vast van de persoon om wie zorg bestaat"
										+ " (jonger dan 16: ook of alleen van een ouder met gezag of de voogd)."
								: "Leg eerst de toestemming voor het traject vast van ieder gezinslid dat meedoet"
										+ " (jonger dan 16: ook of alleen van een ouder met gezag of de voogd)."));
			case UPDATE_HELP_QUESTION -> firstBroken(
					rule(() -> this.phase == Phase.PLANNING || this.phase == Phase.SUPPORT, "phase",
							"De voortgang van hulpvragen wordt bijgehouden in de planfase en tijdens de begeleiding."),
					rule(() -> !this.helpQuestions.isEmpty(), "helpQuestions", "Er zijn geen hulpvragen."));
			case RECORD_HELP_QUESTIONS ->
				firstBroken(rule(() -> this.phase == Phase.INTAKE || this.phase == Phase.PLANNING, "phase",
						"Hulpvragen worden vastgelegd tijdens de intake of het opstellen van het plan."));
			case RECORD_CONSENT -> null;
			case WITHDRAW_CONSENT -> firstBroken(rule(() -> this.consents.stream().anyMatch(Consent::isActive),
					"consentId", "Er is geen geldende toestemming om in te trekken."));
			case START_PLANNING -> firstBroken(
					rule(() -> this.phase == Phase.INTAKE, "phase", "Het plan van aanpak volgt op de intake."),
					rule(() -> !this.helpQuestions.isEmpty(), "helpQuestions",
							"Leg eerst de hulpvragen uit de intake vast."),
					rule(this::hasConsentToSupport, "consents",
							"Zonder vastgelegde toestemming voor het traject kan het plan van aanpak niet beginnen."));
			case DRAFT_PLAN -> firstBroken(rule(() -> this.phase == Phase.PLANNING || this.phase == Phase.SUPPORT,
					"phase", "Een plan van aanpak wordt opgesteld in de planfase of tijdens de begeleiding."));
			case AGREE_PLAN -> firstBroken(rule(
					() -> this.plans.stream()
						.anyMatch((plan) -> !plan.isAgreed() && plan.visibility().visibleAt(sight)),
					"number", "Er is geen plan van aanpak om af te spreken."));
			case START_SUPPORT ->
				firstBroken(rule(() -> this.phase == Phase.PLANNING, "phase", "De begeleiding begint na de planfase."),
						rule(() -> agreedPlan() != null, "actionPlan",
								"Spreek eerst een plan van aanpak af met de familie."));
			case EVALUATE_PLAN -> firstBroken(
					rule(() -> this.phase == Phase.SUPPORT, "phase",
							"Het plan wordt geëvalueerd tijdens de begeleiding."),
					rule(() -> agreedPlan(sight) != null, "actionPlan",
							"Er is geen afgesproken plan om te evalueren."));
			case AGREE_AFTERCARE ->
				firstBroken(rule(() -> this.phase == Phase.SUPPORT, "phase", "Nazorg volgt op de begeleiding."),
						rule(() -> this.helpQuestions.stream().allMatch(HelpQuestion::isSettled), "helpQuestions",
								"Nazorg begint als elke hulpvraag is afgerond of met een reden is vervallen."));
			case CHOOSE_LOCAL_PARTNER -> firstBroken(rule(() -> this.phase == Phase.AFTERCARE, "phase",
					"Tijdens de nazorg wordt besloten welke lokale partner betrokken blijft."));
			case RECORD_AFTERCARE_CONTACT ->
				firstBroken(rule(() -> this.phase == Phase.AFTERCARE, "phase", "Nazorgcontacten horen bij de nazorg."),
						rule(() -> !aftercare().allDone(), "contactOn", "Er staat geen nazorgcontact meer open."));
			case START_HANDOVER -> firstBroken(
					rule(() -> this.phase == Phase.AFTERCARE, "phase",
							"De overdracht volgt aan het eind van de nazorg."),
					rule(() -> this.handover == null, "handover", "Dit traject is al overgedragen."));
			case CHECK_HANDOVER -> firstBroken(
					rule(() -> this.phase == Phase.HANDOVER, "phase", "De checklist hoort bij een lopende overdracht."),
					rule(() -> !handover().isComplete(), "handover", "De overdracht is al geaccepteerd."));
			case ACCEPT_HANDOVER -> firstBroken(
					rule(() -> this.phase == Phase.HANDOVER, "phase",
							"Alleen een lopende overdracht kan worden geaccepteerd."),
					rule(() -> !handover().isComplete(), "handover", "De overdracht is al geaccepteerd."),
					rule(() -> handover().open().isEmpty(), "checklist",
							"De overdracht kan pas worden geaccepteerd als de checklist af is."));
		};
	}

	/** A rule of a transition: what must hold, and the refusal when it does not. */
	private record Rule(BooleanSupplier holds, String field, String message) {
	}

	private static Rule rule(BooleanSupplier holds, String field, String message) {
		return new Rule(holds, field, message);
	}

	/**
	 * The first rule that does not hold; later rules are only asked when earlier ones
	 * hold.
	 */
	private static @Nullable RuleViolation firstBroken(Rule... rules) {
		for (Rule rule : rules) {
			if (!rule.holds().getAsBoolean()) {
				return new RuleViolation(rule.field(), rule.message());
			}
		}
		return null;
	}

	/** Refuses the action when its rule does not hold now. */
	void require(TrajectoryAction action, Sight sight) {
		RuleViolation refused = refusal(action, sight);
		if (refused != null) {
			throw refused;
		}
	}

	/** The municipality commissions a self-referral. */
	public void commission(Subject caseDirector, LocalDate today) {
		require(TrajectoryAction.COMMISSION, Sight.LSE);
		this.commissionedBy = caseDirector.value();
		this.commissionedOn = today;
	}

	/**
	 * The municipality withdraws its commission: LSE's trajectory ends, with a handover
	 * back to the municipality where one is still possible (in aftercare: LSE completes
	 * the checklist, the case director accepts), otherwise at once
	 * ({@code COMMISSION_WITHDRAWN}). The reason is kept as the closure note either way.
	 */
	public void withdrawCommission(String reason, Subject by, LocalDate today) {
		require(TrajectoryAction.WITHDRAW_COMMISSION, Sight.LSE);
		RuleViolation.check(!reason.isBlank(), "reason", "Geef aan waarom de opdracht wordt ingetrokken.");
		if (this.phase == Phase.AFTERCARE) {
			this.handover = new Handover(Handover.ReceiverKind.MUNICIPALITY, COMMISSION_WITHDRAWN_RECEIVER, null, by,
					today);
			aftercare().end();
			this.phase = Phase.HANDOVER;
			this.closureNote = reason.trim();
			return;
		}
		closeAs(COMMISSION_WITHDRAWN, reason, today);
	}

	/** Whether withdrawing the commission now hands the trajectory back (aftercare). */
	public boolean handsOverOnWithdrawal() {
		return this.phase == Phase.AFTERCARE;
	}

	/** The LSE worker (family supporter, guide) who carries it out. */
	public void assign(Subject lseWorker) {
		require(TrajectoryAction.ASSIGN, Sight.LSE);
		this.lseWorker = lseWorker.value();
	}

	public void startIntake(LocalDate today) {
		require(TrajectoryAction.START_INTAKE, Sight.LSE);
		this.intakeStartedOn = today;
		this.phase = Phase.INTAKE;
	}

	public void recordHelpQuestions(List<String> questions) {
		require(TrajectoryAction.RECORD_HELP_QUESTIONS, Sight.LSE);
		List<HelpQuestion> recorded = new ArrayList<>();
		for (String question : questions) {
			recorded.add(new HelpQuestion(recorded.size() + 1, question));
		}
		this.helpQuestions.clear();
		this.helpQuestions.addAll(recorded);
	}

	/** How a help question stands: open, in progress, done, or dropped with a reason. */
	public void updateHelpQuestion(int number, HelpQuestion.Status status, @Nullable String reason) {
		require(TrajectoryAction.UPDATE_HELP_QUESTION, Sight.LSE);
		this.helpQuestions.stream()
			.filter((question) -> question.number() == number)
			.findFirst()
			.orElseThrow(() -> new RuleViolation("number", "Deze hulpvraag bestaat niet."))
			.update(status, reason);
	}

	/**
	 * Records a consent about a person of the case, in the capacity the age rule allows
	 * ({@link ConsentRule}), dated between the referral and today; already in REFERRED,
	 * because intake needs it.
	 */
	public Consent recordConsent(Consent.About person, Consent.Capacity capacity, @Nullable String givenByName,
			Consent.Scope scope, LocalDate givenOn, Subject recordedBy, LocalDate today) {
		require(TrajectoryAction.RECORD_CONSENT, Sight.LSE);
		RuleViolation.check(!givenOn.isAfter(today), "givenOn", "De datum van de toestemming ligt in de toekomst.");
		RuleViolation.check(!givenOn.isBefore(this.referredOn), "givenOn",
				"De datum van de toestemming ligt voor de aanmelding van het traject.");
		RuleViolation.check(
				scope != Consent.Scope.SUPPORT || this.kind != TrajectoryKind.INDIVIDUAL_GUIDANCE
						|| person.role() == PersonRole.PERSON_OF_CONCERN,
				"personId", "Bij individuele begeleiding gaat de toestemming voor het traject over de persoon om wie"
						+ " zorg bestaat.");
		Set<ConsentRule.Needed> needed = ConsentRule.needed(person.yearOfBirth(), givenOn.getYear());
		if (capacity == Consent.Capacity.SELF) {
			RuleViolation.check(needed.contains(ConsentRule.Needed.SELF), "capacity",
					"Voor wie jonger kan zijn dan 12 geven de ouders met gezag of de voogd toestemming.");
			RuleViolation.check(givenByName == null || givenByName.isBlank(), "givenByName",
					"Een naam van wie toestemming gaf hoort alleen bij een ouder of voogd.");
		}
		else {
			RuleViolation.check(needed.contains(ConsentRule.Needed.REPRESENTATIVE), "capacity",
					"Vanaf 16 jaar geeft de persoon zelf toestemming; een ouder of voogd kan dat niet in zijn"
							+ " of haar plaats doen.");
			RuleViolation.check(givenByName != null && !givenByName.isBlank() && givenByName.strip().length() <= 200,
					"givenByName", "Vul de naam in van de ouder met gezag of de voogd die toestemming gaf.");
		}
		Consent consent = new Consent(person, capacity,
				(capacity == Consent.Capacity.SELF) ? null : givenByName.strip(), scope, givenOn, recordedBy);
		this.consents.add(consent);
		return consent;
	}

	/**
	 * Withdrawal of consent to the trajectory ends it (help is voluntary); withdrawal of
	 * another consent only records it.
	 */
	public void withdrawConsent(UUID consentId, LocalDate on, Subject by) {
		Consent consent = this.consents.stream()
			.filter((candidate) -> candidate.id().equals(consentId))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("consentId", "Deze toestemming hoort niet bij dit traject."));
		RuleViolation.check(consent.isActive(), "consentId", "Deze toestemming is al ingetrokken.");
		RuleViolation.check(!on.isBefore(consent.givenOn()), "withdrawnOn",
				"De intrekking ligt voor de datum van de toestemming.");
		consent.withdraw(on, by);
		if (consent.scope() == Consent.Scope.SUPPORT && !hasConsentToSupport() && this.phase != Phase.REFERRED
				&& this.phase != Phase.CLOSED) {
			this.phase = Phase.CLOSED;
			this.closureReason = CONSENT_WITHDRAWN;
			this.closedOn = on;
		}
	}

	public void startPlanning() {
		require(TrajectoryAction.START_PLANNING, Sight.LSE);
		this.phase = Phase.PLANNING;
	}

	public ActionPlan draftPlan(List<ActionPlan.Goal> goals, List<ActionPlan.Action> actions, Visibility visibility,
			Subject by, Instant now) {
		require(TrajectoryAction.DRAFT_PLAN, Sight.LSE);
		RuleViolation.check(!goals.isEmpty(), "goals", "Een plan van aanpak heeft ten minste één doel.");
		RuleViolation.check(goals.size() <= ActionPlan.MAX_GOALS, "goals",
				"Een plan van aanpak heeft hoogstens " + ActionPlan.MAX_GOALS + " doelen.");
		RuleViolation.check(actions.size() <= ActionPlan.MAX_ACTIONS, "actions",
				"Een plan van aanpak heeft hoogstens " + ActionPlan.MAX_ACTIONS + " acties.");
		for (int i = 0; i < actions.size(); i++) {
			int goal = actions.get(i).goalNumber();
			RuleViolation.check(goal >= 1 && goal <= goals.size(), "actions[" + i + "].goalNumber",
					"Deze actie verwijst naar een doel dat niet in het plan staat.");
		}
		ActionPlan plan = new ActionPlan(this.plans.size() + 1, goals, actions, visibility, by, now);
		this.plans.add(plan);
		return plan;
	}

	public void agreePlan(int number, LocalDate on, String with, LocalDate today) {
		agreePlan(number, on, with, today, Sight.LSE);
	}

	/**
	 * Agrees a version of the plan the caller can see: one hidden from them is refused as
	 * if it did not exist.
	 */
	public void agreePlan(int number, LocalDate on, String with, LocalDate today, Sight sight) {
		requireNotClosed();
		ActionPlan plan = plan(number, sight);
		RuleViolation.check(!plan.isAgreed(), "number", "Deze versie is al afgesproken.");
		RuleViolation.check(!on.isAfter(today), "agreedOn", "De datum van de afspraak ligt in de toekomst.");
		RuleViolation.check(!with.isBlank(), "agreedWith", "Noem met wie het plan is afgesproken.");
		plan.agree(on, with.trim());
	}

	/**
	 * Support begins, with the date it is planned to end: after today and at most
	 * {@link #LONGEST_SUPPORT} later (support is temporary).
	 */
	public void startSupport(LocalDate endsOn, LocalDate today) {
		require(TrajectoryAction.START_SUPPORT, Sight.LSE);
		RuleViolation.check(endsOn.isAfter(today), "supportEndsOn", "De geplande einddatum ligt na vandaag.");
		RuleViolation.check(!endsOn.isAfter(today.plus(LONGEST_SUPPORT)), "supportEndsOn",
				"Begeleiding is tijdelijk: plan het einde binnen twee jaar.");
		this.supportEndsOn = endsOn;
		this.phase = Phase.SUPPORT;
	}

	public @Nullable LocalDate supportEndsOn() {
		return this.supportEndsOn;
	}

	/**
	 * Whether support ran past its planned end (the work lists' rule, in SQL, is the
	 * same).
	 */
	public boolean isSupportOverdue(LocalDate today) {
		return this.phase == Phase.SUPPORT && this.supportEndsOn != null && this.supportEndsOn.isBefore(today);
	}

	public void evaluatePlan(LocalDate on, String summary, LocalDate today) {
		evaluatePlan(on, summary, today, Sight.LSE);
	}

	/** Evaluates the newest agreed plan the caller can see. */
	public void evaluatePlan(LocalDate on, String summary, LocalDate today, Sight sight) {
		require(TrajectoryAction.EVALUATE_PLAN, sight);
		RuleViolation.check(!on.isAfter(today), "evaluatedOn", "De datum van de evaluatie ligt in de toekomst.");
		agreedPlan(sight).evaluate(new ActionPlan.Evaluation(on, summary.trim()));
	}

	public Contact logContact(LocalDate on, Contact.Kind kind, String withWhom, String summary, Visibility visibility,
			Subject by, LocalDate today) {
		require(TrajectoryAction.LOG_CONTACT, Sight.LSE);
		RuleViolation.check(!on.isAfter(today), "contactOn", "De datum van het contact ligt in de toekomst.");
		RuleViolation.check(this.intakeStartedOn == null || !on.isBefore(this.intakeStartedOn.minusYears(1)),
				"contactOn", "De datum van het contact ligt ver voor de intake.");
		Contact contact = new Contact(on, kind, withWhom, summary, visibility, by);
		this.contacts.add(contact);
		return contact;
	}

	/**
	 * Nazorg starts when the help questions are taken up and completed: how often, how
	 * and until when LSE stays in contact with the family.
	 */
	public Aftercare agreeAftercare(Contact.Kind contactKind, @Nullable LocalDate startsOn, LocalDate endsOn,
			int defaultFrequencyDays, @Nullable Integer frequencyDays, @Nullable String frequencyReason,
			@Nullable String localPartner, Subject by, LocalDate today) {
		require(TrajectoryAction.AGREE_AFTERCARE, Sight.LSE);
		LocalDate start = (startsOn != null) ? startsOn : today;
		RuleViolation.check(!start.isAfter(today), "startsOn", "De nazorg kan niet in de toekomst zijn afgesproken.");
		this.aftercare = new Aftercare(contactKind, start, endsOn, defaultFrequencyDays, frequencyDays, frequencyReason,
				localPartner, by);
		this.phase = Phase.AFTERCARE;
		return this.aftercare;
	}

	public AftercareContact recordAftercareContact(LocalDate on, Subject by, LocalDate today) {
		require(TrajectoryAction.RECORD_AFTERCARE_CONTACT, Sight.LSE);
		RuleViolation.check(!on.isAfter(today), "contactOn", "De datum van het contact ligt in de toekomst.");
		return aftercare().record(on, by);
	}

	/** During aftercare the team decides which local partner, if any, stays involved. */
	public void chooseLocalPartner(@Nullable UUID partnerOrganisationId, String name) {
		require(TrajectoryAction.CHOOSE_LOCAL_PARTNER, Sight.LSE);
		aftercare().chooseLocalPartner(partnerOrganisationId, name);
	}

	/**
	 * Overdracht, at the end of aftercare: to the municipality or the local partner; the
	 * aftercare moments still open are no longer due.
	 */
	public Handover startHandover(Handover.ReceiverKind receiverKind, String receiver,
			@Nullable UUID partnerOrganisationId, @Nullable LocalDate startedOn, Subject by, LocalDate today) {
		require(TrajectoryAction.START_HANDOVER, Sight.LSE);
		LocalDate start = (startedOn != null) ? startedOn : today;
		RuleViolation.check(!start.isAfter(today), "startedOn", "De overdracht kan niet in de toekomst zijn begonnen.");
		RuleViolation.check(!start.isBefore(aftercare().startsOn()), "startedOn",
				"De overdracht begint niet voor de nazorg.");
		Handover started = new Handover(receiverKind, receiver, partnerOrganisationId, by, start);
		// sharing with a provider outside the case team rests on the family's consent (an
		// organisation on the team shares on the basis of its membership)
		RuleViolation.check(
				receiverKind != Handover.ReceiverKind.LOCAL_PARTNER || partnerOrganisationId != null
						|| hasActiveConsent(Consent.Scope.SHARE_WITH_PARTNERS),
				"receiver", "Leg eerst vast dat de familie toestemt in delen met deze lokale partner.");
		this.handover = started;
		aftercare().end();
		this.phase = Phase.HANDOVER;
		return this.handover;
	}

	public void checkHandover(Handover.Item item, LocalDate on, LocalDate today) {
		require(TrajectoryAction.CHECK_HANDOVER, Sight.LSE);
		RuleViolation.check(!on.isAfter(today), "checklist", "Een punt van de checklist ligt in de toekomst.");
		handover().check(item, on);
	}

	/** The receiver accepts: the handover is complete and LSE's trajectory closes. */
	public void acceptHandover(Subject by, LocalDate on, LocalDate today) {
		requirePhase(Phase.HANDOVER, "Alleen een lopende overdracht kan worden geaccepteerd.");
		RuleViolation.check(!on.isAfter(today), "acceptedOn", "De acceptatie ligt in de toekomst.");
		handover().accept(by, on);
		this.phase = Phase.CLOSED;
		this.closureReason = HANDED_OVER;
		this.closedOn = on;
	}

	/**
	 * Closes the trajectory early: only with the reason why no handover was possible (a
	 * completed handover closes it by itself; one completed before aftercare, under the
	 * earlier order of work, needs no reason).
	 */
	public void close(@Nullable String reason, LocalDate today) {
		require(TrajectoryAction.CLOSE, Sight.LSE);
		if (this.handover != null && this.handover.isComplete()) {
			closeAs(HANDED_OVER, reason, today);
			return;
		}
		RuleViolation.check(reason != null && !reason.isBlank(), "reason",
				"Een traject sluit na een geaccepteerde overdracht, of met de reden waarom overdracht niet mogelijk was.");
		closeAs(NO_HANDOVER_POSSIBLE, reason, today);
	}

	private void closeAs(String closureReason, @Nullable String note, LocalDate today) {
		this.phase = Phase.CLOSED;
		this.closureReason = closureReason;
		this.closureNote = (note != null && !note.isBlank()) ? note.trim() : null;
		this.closedOn = today;
	}

	private Handover handover() {
		if (this.handover == null) {
			throw new RuleViolation("handover", "Er is geen overdracht.");
		}
		return this.handover;
	}

	private Aftercare aftercare() {
		if (this.aftercare == null) {
			throw new RuleViolation("aftercare", "Er is geen nazorg afgesproken.");
		}
		return this.aftercare;
	}

	public @Nullable Handover handoverRecord() {
		return this.handover;
	}

	public @Nullable Aftercare aftercareRecord() {
		return this.aftercare;
	}

	public @Nullable String closureNote() {
		return this.closureNote;
	}

	private @Nullable ActionPlan agreedPlan() {
		return agreedPlan(Sight.LSE);
	}

	private @Nullable ActionPlan agreedPlan(Sight sight) {
		ActionPlan agreed = null;
		for (ActionPlan plan : this.plans) {
			if (plan.isAgreed() && plan.visibility().visibleAt(sight)) {
				agreed = plan;
			}
		}
		return agreed;
	}

	private ActionPlan plan(int number, Sight sight) {
		return this.plans.stream()
			.filter((plan) -> plan.number() == number && plan.visibility().visibleAt(sight))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("number", "Deze versie van het plan bestaat niet."));
	}

	/**
	 * Whether the trajectory has the consent it rests on: individual guidance that of the
	 * person of concern, family support that of every relative taking part (those with a
	 * consent to it) and at least one; each complete by the age rule in the year it was
	 * given.
	 */
	boolean hasConsentToSupport() {
		Map<UUID, List<Consent>> byPerson = this.consents.stream()
			.filter((consent) -> consent.scope() == Consent.Scope.SUPPORT && consent.isActive())
			.collect(Collectors.groupingBy(Consent::personId));
		if (this.kind == TrajectoryKind.INDIVIDUAL_GUIDANCE) {
			return byPerson.values()
				.stream()
				.anyMatch((given) -> given.get(0).personRole() == PersonRole.PERSON_OF_CONCERN && complete(given));
		}
		return !byPerson.isEmpty() && byPerson.values().stream().allMatch(Trajectory::complete);
	}

	private boolean hasActiveConsent(Consent.Scope scope) {
		return this.consents.stream().anyMatch((consent) -> consent.scope() == scope && consent.isActive());
	}

	private static boolean complete(List<Consent> given) {
		Consent latest = given.stream().max(Comparator.comparing(Consent::givenOn)).orElseThrow();
		Set<ConsentRule.Needed> needed = ConsentRule.needed(latest.personYearOfBirth(), latest.givenOn().getYear());
		return given.stream()
			.map((consent) -> ConsentRule.counts(consent.capacity()))
			.collect(Collectors.toSet())
			.containsAll(needed);
	}

	private void requirePhase(Phase required, String rule) {
		RuleViolation.check(this.phase == required, "phase", rule);
	}

	private void requireNotClosed() {
		RuleViolation.check(this.phase != Phase.CLOSED, "phase", "Dit traject is afgesloten.");
	}

	public boolean isCommissioned() {
		return this.commissionedBy != null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID caseId() {
		return this.caseId;
	}

	public TrajectoryKind kind() {
		return this.kind;
	}

	public Phase phase() {
		return this.phase;
	}

	public boolean selfReferral() {
		return this.selfReferral;
	}

	public @Nullable LocalDate commissionedOn() {
		return this.commissionedOn;
	}

	public @Nullable Subject lseWorker() {
		return (this.lseWorker != null) ? Subject.of(this.lseWorker) : null;
	}

	public @Nullable LocalDate intakeStartedOn() {
		return this.intakeStartedOn;
	}

	public List<HelpQuestion> helpQuestions() {
		return List.copyOf(this.helpQuestions);
	}

	public @Nullable String closureReason() {
		return this.closureReason;
	}

	public @Nullable LocalDate closedOn() {
		return this.closedOn;
	}

	public long version() {
		return this.version;
	}

	public List<Consent> consents() {
		return List.copyOf(this.consents);
	}

	public List<ActionPlan> plans() {
		return List.copyOf(this.plans);
	}

	public List<Contact> contacts() {
		return List.copyOf(this.contacts);
	}

}
