package nl.lse.platform.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.cases.Case;
import nl.lse.platform.cases.CasePolicy;
import nl.lse.platform.cases.CaseService;
import nl.lse.platform.events.TenantEvents;
import nl.lse.platform.casework.CaseWorkChanged;
import nl.lse.platform.casework.CommissionWithdrawn;
import nl.lse.platform.casework.ConsentWithdrawn;
import nl.lse.platform.casework.TrajectoryHandedOver;
import nl.lse.platform.casework.CaseRole;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.casework.WorkClosed;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trajectories through the API: who may know of one follows its case; the case director
 * commissions and assigns; the case director and the LSE worker on the case record the
 * work. Every access is audited.
 */
@Service
public class TrajectoryService {

	private final TrajectoryRepository trajectories;

	private final CasePolicy policy;

	private final CaseService cases;

	private final AuditTrail audit;

	private final Clock clock;

	private final AftercareFrequencies frequencies;

	private final TenantEvents events;

	@PersistenceContext
	private EntityManager entityManager;

	TrajectoryService(TrajectoryRepository trajectories, CasePolicy policy, CaseService cases, AuditTrail audit,
			Clock clock, AftercareFrequencies frequencies, TenantEvents events) {
		this.frequencies = frequencies;
		this.events = events;
		this.trajectories = trajectories;
		this.policy = policy;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/** The municipality refers; a self-referral waits for its commission. */
	@Transactional
	public Trajectory refer(UUID caseId, TrajectoryKind kind, boolean selfReferral, @Nullable Subject lseWorker,
			Caller caller) {
		Seen<Case> seen = this.policy.visibleCase(caseId, caller);
		this.policy.requireLead(caller, AuditEvent.refused(AuditObject.TRAJECTORY, null, caseId));
		seen.item().requireOpen();
		Trajectory referred = new Trajectory(caseId, kind, selfReferral, selfReferral ? null : caller.subject(),
				today());
		if (lseWorker != null) {
			referred.assign(lseWorker);
			this.cases.assignLseWorker(caseId, lseWorker, roleOf(kind), "Traject toegewezen");
		}
		this.trajectories.save(referred);
		this.cases.markLseWork(caseId);
		this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.TRAJECTORY, referred.id(), caseId));
		this.events.publish((tenant) -> new CaseWorkChanged(tenant, caseId));
		return referred;
	}

	@Transactional
	public Seen<Trajectory> read(UUID id, Caller caller) {
		Seen<Trajectory> seen = visible(id, caller);
		this.audit.record(AuditEvent.of(AuditAction.READ, AuditObject.TRAJECTORY, id, seen.item().caseId()));
		return seen;
	}

	@Transactional
	public Page<Trajectory> list(@Nullable UUID caseId, int page, int size, Caller caller) {
		Pageable pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("id")));
		Page<Trajectory> found;
		if (caseId != null) {
			this.policy.knownCase(caseId, caller);
			found = this.trajectories.findByCaseId(caseId, pageable);
		}
		else if (caller.isCaseDirector() || caller.isLseCoordinator()) {
			found = this.trajectories.findAll(pageable);
		}
		else if (caller.isLseWorker()) {
			found = this.trajectories.findByLseWorker(caller.subject().value(), pageable);
		}
		else {
			found = Page.empty(pageable);
		}
		this.audit.record(
				AuditEvent.search(AuditObject.TRAJECTORY, found.map(Trajectory::caseId).stream().distinct().toList()));
		return found;
	}

	@Transactional
	public Seen<Trajectory> commission(UUID id, long version, Caller caller) {
		return change(id, version, caller, TrajectoryAction.COMMISSION,
				(trajectory) -> trajectory.commission(caller.subject(), today()));
	}

	/**
	 * The case director withdraws the commission: the trajectory ends and its LSE worker
	 * leaves the team unless they carry other open work on the case.
	 */
	@Transactional
	public Seen<Trajectory> withdrawCommission(UUID id, long version, String reason, Caller caller) {
		Seen<Trajectory> withdrawn = change(id, version, caller, TrajectoryAction.WITHDRAW_COMMISSION,
				(trajectory) -> trajectory.withdrawCommission(reason, caller.subject(), today()));
		Trajectory trajectory = withdrawn.item();
		if (trajectory.phase() == Phase.CLOSED) {
			release(trajectory, trajectory.lseWorker(), "Opdracht ingetrokken");
			this.events.publish((tenant) -> new WorkClosed(tenant, trajectory.caseId()));
		}
		// otherwise LSE's worker stays for the handover back to the municipality
		this.events.publish((tenant) -> new CommissionWithdrawn(tenant, trajectory.caseId(), trajectory.id(),
				trajectory.phase() != Phase.CLOSED));
		return withdrawn;
	}

	@Transactional
	public Seen<Trajectory> assign(UUID id, long version, Subject lseWorker, Caller caller) {
		Subject previous = this.trajectories.findById(id).map(Trajectory::lseWorker).orElse(null);
		Seen<Trajectory> changed = change(id, version, caller, TrajectoryAction.ASSIGN,
				(trajectory) -> trajectory.assign(lseWorker));
		releasePrevious(changed.item(), previous);
		this.cases.assignLseWorker(changed.item().caseId(), lseWorker, roleOf(changed.item().kind()),
				"Traject toegewezen");
		return changed;
	}

	@Transactional
	public Seen<Trajectory> startIntake(UUID id, long version, Caller caller) {
		return change(id, version, caller, TrajectoryAction.START_INTAKE,
				(trajectory) -> trajectory.startIntake(today()));
	}

	@Transactional
	public Seen<Trajectory> recordHelpQuestions(UUID id, long version, List<String> questions, Caller caller) {
		return change(id, version, caller, TrajectoryAction.RECORD_HELP_QUESTIONS,
				(trajectory) -> trajectory.recordHelpQuestions(questions));
	}

	@Transactional
	public Seen<Trajectory> updateHelpQuestion(UUID id, long version, int number, HelpQuestion.Status status,
			@Nullable String reason, Caller caller) {
		return change(id, version, caller, TrajectoryAction.UPDATE_HELP_QUESTION,
				(trajectory) -> trajectory.updateHelpQuestion(number, status, reason));
	}

	/**
	 * The local partner that stays involved after LSE: a partner organisation on the case
	 * team, or a named local provider.
	 */
	@Transactional
	public Seen<Trajectory> chooseLocalPartner(UUID id, long version, @Nullable UUID partnerOrganisationId, String name,
			Caller caller) {
		Seen<Trajectory> seen = visible(id, caller);
		if (partnerOrganisationId != null) {
			Case kase = this.policy.visibleCase(seen.item().caseId(), caller).item();
			RuleViolation.check(kase.hasPartnerOrganisation(partnerOrganisationId), "partnerOrganisationId",
					"Deze partnerorganisatie staat niet in het casusteam.");
		}
		return change(id, version, caller, TrajectoryAction.CHOOSE_LOCAL_PARTNER,
				(trajectory) -> trajectory.chooseLocalPartner(partnerOrganisationId, name));
	}

	@Transactional
	public Consent recordConsent(UUID id, UUID personId, Consent.Capacity capacity, @Nullable String givenByName,
			Consent.Scope scope, LocalDate givenOn, Caller caller) {
		Trajectory trajectory = workable(id, caller, TrajectoryAction.RECORD_CONSENT);
		Case found = this.policy.visibleCase(trajectory.caseId(), caller).item();
		Consent.About person = found.persons()
			.stream()
			.filter((candidate) -> candidate.id().equals(personId))
			.findFirst()
			.map((match) -> new Consent.About(match.id(), match.role(), match.yearOfBirth()))
			.orElseThrow(() -> new RuleViolation("personId", "Deze persoon staat niet in de casus."));
		Consent consent = trajectory.recordConsent(person, capacity, givenByName, scope, givenOn, caller.subject(),
				today());
		saved(trajectory);
		this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.CONSENT, consent.id(), trajectory.caseId()));
		return consent;
	}

	@Transactional
	public Seen<Trajectory> withdrawConsent(UUID id, UUID consentId, LocalDate on, Caller caller) {
		Trajectory trajectory = workable(id, caller, TrajectoryAction.WITHDRAW_CONSENT);
		trajectory.withdrawConsent(consentId, on, caller.subject());
		Trajectory saved = saved(trajectory);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.CONSENT, consentId, trajectory.caseId()));
		boolean sharingEnded = saved.consents()
			.stream()
			.anyMatch((consent) -> consent.id().equals(consentId)
					&& consent.scope() == Consent.Scope.SHARE_WITH_PARTNERS);
		Subject worker = (saved.phase() == Phase.CLOSED && carriesNoOtherWork(saved, saved.lseWorker()))
				? saved.lseWorker() : null;
		if (worker != null || sharingEnded) {
			this.cases.endMemberships(saved.caseId(), worker, sharingEnded, "Toestemming ingetrokken");
		}
		this.events.publish((tenant) -> new ConsentWithdrawn(tenant, saved.caseId(), saved.id(), consentId,
				saved.phase() == Phase.CLOSED));
		return new Seen<>(saved, this.policy.sight(saved.caseId(), caller));
	}

	@Transactional
	public Seen<Trajectory> startPlanning(UUID id, long version, Caller caller) {
		return change(id, version, caller, TrajectoryAction.START_PLANNING, Trajectory::startPlanning);
	}

	@Transactional
	public ActionPlan draftPlan(UUID id, List<ActionPlan.Goal> goals, List<ActionPlan.Action> actions,
			Visibility visibility, Caller caller) {
		Trajectory trajectory = workable(id, caller, TrajectoryAction.DRAFT_PLAN);
		ActionPlan plan = trajectory.draftPlan(goals, actions, visibility, caller.subject(), this.clock.instant());
		saved(trajectory);
		this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.ACTION_PLAN, plan.id(), trajectory.caseId()));
		return plan;
	}

	@Transactional
	public Seen<Trajectory> agreePlan(UUID id, long version, int number, LocalDate on, String with, Caller caller) {
		Sight sight = visible(id, caller).sight();
		return change(id, version, caller, TrajectoryAction.AGREE_PLAN,
				(trajectory) -> trajectory.agreePlan(number, on, with, today(), sight));
	}

	@Transactional
	public Seen<Trajectory> startSupport(UUID id, long version, LocalDate endsOn, Caller caller) {
		return change(id, version, caller, TrajectoryAction.START_SUPPORT,
				(trajectory) -> trajectory.startSupport(endsOn, today()));
	}

	@Transactional
	public Seen<Trajectory> evaluatePlan(UUID id, long version, LocalDate on, String summary, Caller caller) {
		Sight sight = visible(id, caller).sight();
		return change(id, version, caller, TrajectoryAction.EVALUATE_PLAN,
				(trajectory) -> trajectory.evaluatePlan(on, summary, today(), sight));
	}

	@Transactional
	public Contact logContact(UUID id, LocalDate on, Contact.Kind kind, String withWhom, String summary,
			Visibility visibility, Caller caller) {
		Trajectory trajectory = workable(id, caller, TrajectoryAction.LOG_CONTACT);
		Contact contact = trajectory.logContact(on, kind, withWhom, summary, visibility, caller.subject(), today());
		saved(trajectory);
		this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.CONTACT, contact.id(), trajectory.caseId()));
		return contact;
	}

	@Transactional
	public Seen<Trajectory> startHandover(UUID id, long version, Handover.ReceiverKind receiverKind, String receiver,
			@Nullable UUID partnerOrganisationId, @Nullable LocalDate startedOn, Caller caller) {
		if (partnerOrganisationId != null) {
			Case found = this.policy.visibleCase(caseOf(id), caller).item();
			RuleViolation.check(found.hasPartnerOrganisation(partnerOrganisationId), "partnerOrganisationId",
					"Zet de partnerorganisatie eerst in het casusteam, met de grondslag waarop met haar wordt gedeeld.");
		}
		return change(id, version, caller, TrajectoryAction.START_HANDOVER, (trajectory) -> trajectory
			.startHandover(receiverKind, receiver, partnerOrganisationId, startedOn, caller.subject(), today()));
	}

	@Transactional
	public Seen<Trajectory> checkHandover(UUID id, long version, Map<Handover.Item, LocalDate> done, Caller caller) {
		return change(id, version, caller, TrajectoryAction.CHECK_HANDOVER,
				(trajectory) -> done.forEach((item, on) -> trajectory.checkHandover(item, on, today())));
	}

	/**
	 * The receiver accepts, recorded by the case director (the municipality, or on behalf
	 * of the local partner): the trajectory closes, the LSE worker's part is done and
	 * they leave the case team.
	 */
	@Transactional
	public Seen<Trajectory> acceptHandover(UUID id, long version, LocalDate on, Caller caller) {
		Seen<Trajectory> accepted = change(id, version, caller, TrajectoryAction.ACCEPT_HANDOVER,
				(trajectory) -> trajectory.acceptHandover(caller.subject(), on, today()));
		Trajectory trajectory = accepted.item();
		release(trajectory, trajectory.lseWorker(), "Traject overgedragen");
		this.events.publish((tenant) -> new TrajectoryHandedOver(tenant, trajectory.caseId(), trajectory.id()));
		return accepted;
	}

	@Transactional
	public Seen<Trajectory> agreeAftercare(UUID id, long version, Contact.Kind contactKind,
			@Nullable LocalDate startsOn, LocalDate endsOn, @Nullable Integer frequencyDays,
			@Nullable String frequencyReason, @Nullable String localPartner, Caller caller) {
		Seen<Trajectory> seen = visible(id, caller);
		Case kase = this.policy.visibleCase(seen.item().caseId(), caller).item();
		int standard = this.frequencies.daysBetweenContacts(kase.severity(), kase.supportLevel());
		return change(id, version, caller, TrajectoryAction.AGREE_AFTERCARE,
				(trajectory) -> trajectory.agreeAftercare(contactKind, startsOn, endsOn, standard, frequencyDays,
						frequencyReason, localPartner, caller.subject(), today()));
	}

	@Transactional
	public Seen<Trajectory> recordAftercareContact(UUID id, LocalDate on, Caller caller) {
		Seen<Trajectory> seen = visible(id, caller);
		requireWork(seen, caller, TrajectoryAction.RECORD_AFTERCARE_CONTACT);
		AftercareContact contact = seen.item().recordAftercareContact(on, caller.subject(), today());
		Trajectory saved = saved(seen.item());
		this.audit
			.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.AFTERCARE_CONTACT, contact.id(), saved.caseId()));
		this.events.publish((tenant) -> new CaseWorkChanged(tenant, saved.caseId()));
		return new Seen<>(saved, seen.sight());
	}

	/** Closing, by the case director; the case closes with its last work. */
	@Transactional
	public Seen<Trajectory> close(UUID id, long version, @Nullable String reason, Caller caller) {
		Seen<Trajectory> closed = change(id, version, caller, TrajectoryAction.CLOSE,
				(trajectory) -> trajectory.close(reason, today()));
		this.events.publish((tenant) -> new WorkClosed(tenant, closed.item().caseId()));
		return closed;
	}

	/**
	 * The LSE coordinator (who distributes the work across municipalities, seeing case
	 * metadata only) or the case director assigns the LSE worker; the coordinator also
	 * moves assigned work to another worker (the previous one leaves the team unless they
	 * carry other work of the case).
	 */
	@Transactional
	public void distribute(UUID id, Subject lseWorker, Caller caller) {
		Trajectory trajectory = this.trajectories.findById(id)
			.orElseThrow(() -> new NotFound(AuditEvent.denied(AuditObject.TRAJECTORY, id)));
		this.policy.knownCase(trajectory.caseId(), caller);
		if (!caller.isLseCoordinator() && !caller.isCaseDirector()) {
			throw new NotAllowed("Alleen de LSE-coördinator en de casusregiehouder verdelen het werk.",
					AuditEvent.refused(AuditObject.TRAJECTORY, id, trajectory.caseId()));
		}
		Subject previous = trajectory.lseWorker();
		// the coordinator distributes LSE's work and may move it to another worker; the
		// case
		// director changes an assigned worker on the trajectory's own page
		RuleViolation.check(previous == null || caller.isLseCoordinator(), "lseWorker",
				"Dit traject heeft al een LSE-medewerker; de casusregiehouder wijst het opnieuw toe.");
		trajectory.assign(lseWorker);
		saved(trajectory);
		releasePrevious(trajectory, previous);
		this.cases.assignLseWorker(trajectory.caseId(), lseWorker, roleOf(trajectory.kind()),
				(previous == null) ? "Toegewezen" : "Opnieuw toegewezen door het LSE-coördinatiepunt");
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.TRAJECTORY, id, trajectory.caseId()));
		this.events.publish((tenant) -> new CaseWorkChanged(tenant, trajectory.caseId()));
	}

	/** The previous worker of a reassigned trajectory. */
	private void releasePrevious(Trajectory trajectory, @Nullable Subject previous) {
		if (previous != null && !previous.equals(trajectory.lseWorker())) {
			release(trajectory, previous, "Traject aan een ander toegewezen");
		}
	}

	/**
	 * The one rule of leaving a case team: an LSE worker whose part in this trajectory is
	 * done leaves, unless they carry another open trajectory of the case.
	 */
	private void release(Trajectory trajectory, @Nullable Subject worker, String reason) {
		if (carriesNoOtherWork(trajectory, worker)) {
			this.cases.endMemberships(trajectory.caseId(), worker, false, reason);
		}
	}

	private boolean carriesNoOtherWork(Trajectory trajectory, @Nullable Subject worker) {
		return worker != null && !this.trajectories.existsByCaseIdAndLseWorkerAndPhaseNotAndIdNot(trajectory.caseId(),
				worker.value(), Phase.CLOSED, trajectory.id());
	}

	/**
	 * Saves a change; the trajectory's version moves with every change, also one of a
	 * handover, plan, consent or aftercare record only, so a stale version is always 409.
	 */
	private Trajectory saved(Trajectory trajectory) {
		this.entityManager.lock(trajectory, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return this.trajectories.saveAndFlush(trajectory);
	}

	/** The case of a trajectory the caller has just worked on (for its audit events). */
	@Transactional(readOnly = true)
	public UUID caseOf(UUID id) {
		return this.trajectories.findById(id).map(Trajectory::caseId).orElseThrow();
	}

	/** Trajectories of the case that have not closed. */
	@Transactional(readOnly = true)
	public long openOnCase(UUID caseId) {
		return this.trajectories.countByCaseIdAndPhaseNot(caseId, Phase.CLOSED);
	}

	/** The contacts the caller may see, newest first, a page at a time. */
	@Transactional
	public Page<Contact> contacts(UUID id, int page, int size, Caller caller) {
		Seen<Trajectory> visible = visible(id, caller);
		Trajectory trajectory = visible.item();
		List<Contact> seen = trajectory.contacts()
			.stream()
			.filter((contact) -> contact.visibility().visibleAt(visible.sight()))
			.toList();
		int from = Math.min(page * size, seen.size());
		List<Contact> slice = seen.subList(from, Math.min(from + size, seen.size()));
		this.audit.record(AuditEvent.of(AuditAction.READ, AuditObject.CONTACT_LOG, id, trajectory.caseId()));
		return new org.springframework.data.domain.PageImpl<>(slice, PageRequest.of(page, size), seen.size());
	}

	private Seen<Trajectory> change(UUID id, long version, Caller caller, TrajectoryAction action,
			Consumer<Trajectory> transition) {
		Seen<Trajectory> seen = visible(id, caller);
		requireWork(seen, caller, action);
		Trajectory trajectory = seen.item();
		StaleVersion.check(version, trajectory.version());
		transition.accept(trajectory);
		Trajectory saved = saved(trajectory);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.TRAJECTORY, id, trajectory.caseId()));
		this.events.publish((tenant) -> new CaseWorkChanged(tenant, trajectory.caseId()));
		return new Seen<>(saved, seen.sight());
	}

	private Trajectory workable(UUID id, Caller caller, TrajectoryAction action) {
		Seen<Trajectory> seen = visible(id, caller);
		requireWork(seen, caller, action);
		return seen.item();
	}

	/** Whether the caller's role on the case may do this at all (403 if not). */
	private void requireWork(Seen<Trajectory> seen, Caller caller, TrajectoryAction action) {
		// only accepting a handover depends on the partner's organisation: no lookup
		// otherwise
		UUID organisation = (action == TrajectoryAction.ACCEPT_HANDOVER) ? organisationOf(caller) : null;
		if (!seen.item().mayDo(action, CaseRole.of(caller, seen.sight()), organisation)) {
			AuditObject kind = (action == TrajectoryAction.RECORD_AFTERCARE_CONTACT) ? AuditObject.AFTERCARE_CONTACT
					: AuditObject.TRAJECTORY;
			throw new NotAllowed(action.notYours(), AuditEvent.refused(kind, seen.item().id(), seen.item().caseId()));
		}
	}

	/** What the caller may do next with this trajectory. */
	@Transactional(readOnly = true)
	public Set<TrajectoryAction> allowedActions(Seen<Trajectory> seen, Caller caller) {
		return seen.item().allowedActions(CaseRole.of(caller, seen.sight()), seen.sight(), organisationOf(caller));
	}

	/** The organisation a chain partner works for in this municipality today. */
	private @Nullable UUID organisationOf(Caller caller) {
		return caller.isChainPartner() ? this.policy.partnerOrganisation(caller) : null;
	}

	/**
	 * The trajectory if the caller may see its case's content; the same 404 otherwise.
	 */
	private Seen<Trajectory> visible(UUID id, Caller caller) {
		Trajectory trajectory = this.trajectories.findById(id)
			.orElseThrow(() -> new NotFound(AuditEvent.denied(AuditObject.TRAJECTORY, id)));
		try {
			return new Seen<>(trajectory, this.policy.visibleCase(trajectory.caseId(), caller).sight());
		}
		catch (NotFound hidden) {
			throw new NotFound(AuditEvent.denied(AuditObject.TRAJECTORY, id));
		}
	}

	private static String roleOf(TrajectoryKind kind) {
		return (kind == TrajectoryKind.FAMILY_SUPPORT) ? "Familieondersteuner" : "Begeleider";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
