package nl.lse.platform.consultations;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.cases.CasePolicy;
import nl.lse.platform.cases.CaseService;
import nl.lse.platform.events.TenantEvents;
import nl.lse.platform.casework.CaseWorkChanged;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.casework.WorkClosed;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requesting, taking, advising and closing consultations. Who may know of one: the case
 * director, whoever asked, the LSE worker who took it, and LSE workers while nobody has.
 */
@Service
public class ConsultationService {

	private final ConsultationRepository consultations;

	private final CasePolicy policy;

	private final CaseService cases;

	private final AuditTrail audit;

	private final Clock clock;

	private final TenantEvents events;

	ConsultationService(ConsultationRepository consultations, CasePolicy policy, CaseService cases, AuditTrail audit,
			Clock clock, TenantEvents events) {
		this.events = events;
		this.consultations = consultations;
		this.policy = policy;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Consultation request(@Nullable UUID caseId, String question, Caller caller) {
		if (!caller.isCaseDirector() && !caller.isMunicipalityStaff()) {
			throw new NotAllowed("Een consultatie wordt aangevraagd door de gemeente.",
					AuditEvent.refused(AuditObject.CONSULTATION, null, caseId));
		}
		if (caseId != null) {
			this.policy.visibleCase(caseId, caller).item().requireOpen();
		}
		Consultation requested = this.consultations
			.save(new Consultation(caseId, question, caller.subject(), this.clock.instant()));
		if (caseId != null) {
			this.cases.markLseWork(caseId);
		}
		this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.CONSULTATION, requested.id(), caseId));
		this.events.publish((tenant) -> new CaseWorkChanged(tenant, caseId));
		return requested;
	}

	@Transactional
	public Consultation read(UUID id, Caller caller) {
		Consultation found = visible(id, caller);
		this.audit.record(AuditEvent.of(AuditAction.READ, AuditObject.CONSULTATION, id, found.caseId()));
		return found;
	}

	@Transactional
	public Page<Consultation> list(int page, int size, Caller caller) {
		Pageable pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("requestedAt")));
		Page<Consultation> found;
		if (caller.isCaseDirector()) {
			found = this.consultations.findAll(pageable);
		}
		else if (caller.isLseWorker()) {
			found = this.consultations.findForLseWorker(caller.subject().value(), pageable);
		}
		else if (caller.isMunicipalityStaff()) {
			found = this.consultations.findByRequestedBy(caller.subject().value(), pageable);
		}
		else {
			found = Page.empty(pageable);
		}
		List<UUID> caseIds = found.stream()
			.filter((consultation) -> showsCase(consultation, caller))
			.map(Consultation::caseId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		this.audit.record(AuditEvent.search(AuditObject.CONSULTATION, caseIds));
		return found;
	}

	@Transactional
	public Consultation take(UUID id, long version, Caller caller) {
		Consultation found = visible(id, caller);
		caller.requireLseWorker(AuditEvent.refused(AuditObject.CONSULTATION, id, found.caseId()));
		if (found.caseId() != null) {
			throw new NotAllowed("Een consultatie over een casus wordt toegewezen door de LSE-coördinator.",
					AuditEvent.refused(AuditObject.CONSULTATION, id, found.caseId()));
		}
		StaleVersion.check(version, found.version());
		// a general question: no case, so no one joins a case team
		found.take(caller.subject(), this.clock.instant());
		return updated(found);
	}

	@Transactional
	public Consultation advise(UUID id, long version, String advice, Caller caller) {
		Consultation found = visible(id, caller);
		caller.requireLseWorker(AuditEvent.refused(AuditObject.CONSULTATION, id, found.caseId()));
		StaleVersion.check(version, found.version());
		found.advise(caller.subject(), advice, this.clock.instant());
		return updated(found);
	}

	@Transactional
	public Consultation close(UUID id, long version, Caller caller) {
		Consultation found = visible(id, caller);
		if (!caller.isCaseDirector() && !caller.subject().equals(found.requestedBy())) {
			throw new NotAllowed("De casusregiehouder of de aanvrager sluit de consultatie.",
					AuditEvent.refused(AuditObject.CONSULTATION, id, found.caseId()));
		}
		StaleVersion.check(version, found.version());
		found.close(this.clock.instant());
		Consultation closed = updated(found);
		if (closed.caseId() != null) {
			Subject adviser = closed.lseWorker();
			if (adviser != null && this.consultations.countByCaseIdAndLseWorkerAndStatusNot(closed.caseId(),
					adviser.value(), Consultation.Status.CLOSED) == 0) {
				this.cases.endAdviser(closed.caseId(), adviser, "Consultatie gesloten");
			}
			this.events.publish((tenant) -> new WorkClosed(tenant, closed.caseId()));
		}
		return closed;
	}

	private Consultation updated(Consultation found) {
		Consultation saved = this.consultations.saveAndFlush(found);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.CONSULTATION, saved.id(), saved.caseId()));
		this.events.publish((tenant) -> new CaseWorkChanged(tenant, saved.caseId()));
		return saved;
	}

	private Consultation visible(UUID id, Caller caller) {
		return this.consultations.findById(id)
			.filter((found) -> mayKnow(found, caller))
			.orElseThrow(() -> new NotFound(AuditEvent.denied(AuditObject.CONSULTATION, id)));
	}

	/**
	 * The LSE coordinator (or the case director) hands a request to an LSE worker, who
	 * then has it as if they had taken it.
	 */
	@Transactional
	public void distribute(UUID id, Subject lseWorker, Caller caller) {
		Consultation found = this.consultations.findById(id)
			.orElseThrow(() -> new NotFound(AuditEvent.denied(AuditObject.CONSULTATION, id)));
		if (!caller.isLseCoordinator() && !caller.isCaseDirector()) {
			throw new NotFound(AuditEvent.denied(AuditObject.CONSULTATION, id));
		}
		found.take(lseWorker, this.clock.instant());
		if (found.caseId() != null) {
			this.cases.assignAdviser(found.caseId(), lseWorker, "Consultatie toegewezen");
		}
		updated(found);
	}

	/** Consultations of the case that have not closed. */
	@Transactional(readOnly = true)
	public long openOnCase(UUID caseId) {
		return this.consultations.countByCaseIdAndStatusNot(caseId, Consultation.Status.CLOSED);
	}

	/**
	 * Whether the caller may know which case a consultation is about: not an LSE worker
	 * who sees an untaken request in the queue without being on its case.
	 */
	@Transactional(readOnly = true)
	public boolean showsCase(Consultation found, Caller caller) {
		return found.caseId() == null || this.policy.sight(found.caseId(), caller).knowsOf();
	}

	/**
	 * The case director, whoever asked, the LSE worker who took it, LSE workers while
	 * nobody has, and the team of its case as far as its visibility reaches.
	 */
	private boolean mayKnow(Consultation found, Caller caller) {
		return caller.isCaseDirector() || caller.subject().equals(found.requestedBy()) || (caller.isLseWorker()
				&& (caller.subject().equals(found.lseWorker()) || found.status() == Consultation.Status.REQUESTED))
				|| (found.caseId() != null && found.visibility().visibleAt(this.policy.sight(found.caseId(), caller)));
	}

}
