package nl.lse.platform.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.audit.AccessLog;
import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.events.TenantEvents;
import nl.lse.platform.casework.CaseTeamChanged;
import nl.lse.platform.casework.CaseWorkChanged;
import nl.lse.platform.casework.CaseRole;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, reading and changing cases and their teams; every access is audited. */
@Service
public class CaseService {

	private final CaseRepository cases;

	private final CaseReferences references;

	private final CasePolicy policy;

	private final AuditTrail audit;

	private final AccessLog accessLog;

	private final Clock clock;

	private final TenantEvents events;

	/**
	 * Asked when needed: LSE's work depends on cases, so it cannot be built before them.
	 */
	private final ObjectProvider<OpenWork> openWork;

	CaseService(CaseRepository cases, CaseReferences references, CasePolicy policy, AuditTrail audit,
			AccessLog accessLog, Clock clock, TenantEvents events, ObjectProvider<OpenWork> openWork) {
		this.events = events;
		this.openWork = openWork;
		this.cases = cases;
		this.references = references;
		this.policy = policy;
		this.audit = audit;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** A case opened by the case director, directly or from a signal. */
	@Transactional
	public Case open(Severity severity, SupportLevel supportLevel, Caller caller) {
		this.policy.requireLead(caller, AuditEvent.refused(AuditObject.CASE, null, null));
		Case opened = this.cases
			.save(new Case(this.references.next(today()), severity, supportLevel, caller.subject(), today()));
		this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.CASE, opened.id(), opened.id()));
		return opened;
	}

	/** The case as far as the caller may know of it (the coordinator: metadata only). */
	@Transactional
	public Seen<Case> read(UUID id, Caller caller) {
		Seen<Case> seen = this.policy.knownCase(id, caller);
		this.audit.record(AuditEvent.of(AuditAction.READ, AuditObject.CASE, id, id));
		return seen;
	}

	@Transactional
	public Page<Case> list(int page, int size, Caller caller) {
		Page<Case> found = this.policy.visibleCases(caller,
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("openedOn"), Sort.Order.desc("reference"))));
		this.audit.record(AuditEvent.search(AuditObject.CASE, found.map(Case::id).toList()));
		return found;
	}

	@Transactional
	public Seen<Case> reassess(UUID id, long version, Severity severity, SupportLevel supportLevel, Caller caller) {
		Seen<Case> seen = this.policy.visibleCase(id, caller);
		this.policy.requireLead(caller, AuditEvent.refused(AuditObject.CASE, id, id));
		StaleVersion.check(version, seen.item().version());
		seen.item().reassess(severity, supportLevel);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.CASE, id, id));
		return new Seen<>(this.cases.saveAndFlush(seen.item()), seen.sight());
	}

	@Transactional
	public Person addPerson(UUID caseId, PersonRole role, String name, @Nullable Integer yearOfBirth,
			@Nullable String contact, Visibility visibility, Caller caller) {
		Seen<Case> seen = this.policy.visibleCase(caseId, caller);
		this.policy.requireLead(caller, AuditEvent.refused(AuditObject.PERSON, null, caseId));
		Person person = seen.item().addPerson(role, name, yearOfBirth, contact, visibility);
		this.cases.saveAndFlush(seen.item());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.PERSON, person.id(), caseId));
		return person;
	}

	/** The case director puts someone on the case team. */
	@Transactional
	public CaseMember addMember(UUID caseId, CaseMember.Kind kind, CaseMember.Basis basis, @Nullable Subject subject,
			@Nullable UUID partnerOrganisation, String roleOnCase, String reason, @Nullable LocalDate startDate,
			Caller caller) {
		Seen<Case> seen = this.policy.visibleCase(caseId, caller);
		this.policy.requireLead(caller, AuditEvent.refused(AuditObject.CASE_TEAM, null, caseId));
		CaseMember member = seen.item()
			.addMember(kind, basis, subject, partnerOrganisation, roleOnCase, reason,
					(startDate != null) ? startDate : today(), today());
		this.cases.saveAndFlush(seen.item());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.CASE_TEAM, member.id(), caseId));
		this.events.publish((tenant) -> new CaseTeamChanged(tenant, caseId));
		return member;
	}

	/** The case director takes someone off the case team, with a reason. */
	@Transactional
	public Seen<Case> endMember(UUID caseId, UUID memberId, @Nullable LocalDate on, String reason, Caller caller) {
		Seen<Case> seen = this.policy.visibleCase(caseId, caller);
		this.policy.requireLead(caller, AuditEvent.refused(AuditObject.CASE_TEAM, memberId, caseId));
		seen.item().endMember(memberId, (on != null) ? on : today(), reason);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.CASE_TEAM, memberId, caseId));
		this.events.publish((tenant) -> new CaseTeamChanged(tenant, caseId));
		return new Seen<>(this.cases.saveAndFlush(seen.item()), seen.sight());
	}

	/**
	 * Puts an LSE worker on a case: called when they take a consultation or trajectory.
	 */
	@Transactional
	public void assignLseWorker(UUID caseId, Subject subject, String roleOnCase, String reason) {
		Case found = this.cases.findById(caseId).orElseThrow();
		if (!found.hasLseWorker(subject)) {
			found.assignLseWorker(subject, roleOnCase, reason, today());
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.CASE_TEAM, caseId, caseId));
			this.events.publish((tenant) -> new CaseTeamChanged(tenant, caseId));
		}
	}

	/**
	 * Ends memberships the design ends: a trajectory ended, consent to share withdrawn.
	 */
	@Transactional
	public void endMemberships(UUID caseId, @Nullable Subject lseWorker, boolean consentBased, String reason) {
		Case found = this.cases.findById(caseId).orElseThrow();
		if (lseWorker != null) {
			found.endLseWorker(lseWorker, today(), reason);
		}
		if (consentBased) {
			found.endConsentBased(today(), reason);
		}
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.CASE_TEAM, caseId, caseId));
		this.events.publish((tenant) -> new CaseTeamChanged(tenant, caseId));
	}

	/**
	 * Locks the case until the transaction ends, so that two closings of its last work
	 * cannot each see the other still open.
	 */
	@Transactional
	public void lockForClosure(UUID caseId) {
		this.cases.lockById(caseId);
	}

	/** The case director closes the case, once LSE's work on it has ended. */
	@Transactional
	public Seen<Case> close(UUID caseId, long version, String reason, Caller caller) {
		return change(caseId, version, caller, (found) -> {
			// no trajectory or consultation of the case may close or open meanwhile
			// unseen
			this.cases.lockById(caseId);
			found.close(reason, this.openWork.getObject().onCase(caseId), today());
		});
	}

	/** The case director reopens a closed case. */
	@Transactional
	public Seen<Case> reopen(UUID caseId, long version, String reason, Caller caller) {
		return change(caseId, version, caller, (found) -> found.reopen(reason));
	}

	private Seen<Case> change(UUID caseId, long version, Caller caller, Consumer<Case> change) {
		Seen<Case> seen = this.policy.visibleCase(caseId, caller);
		this.policy.requireLead(caller, AuditEvent.refused(AuditObject.CASE, caseId, caseId));
		StaleVersion.check(version, seen.item().version());
		change.accept(seen.item());
		Case saved = this.cases.saveAndFlush(seen.item());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.CASE, caseId, caseId));
		this.events.publish((tenant) -> new CaseWorkChanged(tenant, caseId));
		return new Seen<>(saved, seen.sight());
	}

	/** The adviser of a consultation about the case: its metadata, while it runs. */
	@Transactional
	public void assignAdviser(UUID caseId, Subject subject, String reason) {
		Case found = this.cases.findById(caseId).orElseThrow();
		found.assignAdviser(subject, reason, today());
		this.cases.saveAndFlush(found);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.CASE_TEAM, caseId, caseId));
		this.events.publish((tenant) -> new CaseTeamChanged(tenant, caseId));
	}

	/** The consultation closed: its adviser's sight of the case ends. */
	@Transactional
	public void endAdviser(UUID caseId, Subject subject, String reason) {
		Case found = this.cases.findById(caseId).orElseThrow();
		found.endAdviser(subject, today(), reason);
		this.cases.saveAndFlush(found);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.CASE_TEAM, caseId, caseId));
		this.events.publish((tenant) -> new CaseTeamChanged(tenant, caseId));
	}

	/**
	 * A consultation or trajectory of LSE on the case: the coordinator may know of it.
	 */
	@Transactional
	public void markLseWork(UUID caseId) {
		Case found = this.cases.findById(caseId).orElseThrow();
		if (!found.hasLseWork()) {
			found.markLseWork();
			this.cases.saveAndFlush(found);
		}
	}

	/** What the caller may do with the case as a whole. */
	@Transactional(readOnly = true)
	public Set<CaseAction> allowedActions(Seen<Case> seen, Caller caller) {
		CaseRole role = CaseRole.of(caller, seen.sight());
		boolean lseWorkOpen = (role == CaseRole.CASE_DIRECTOR) && this.openWork.getObject().onCase(seen.item().id());
		return seen.item().allowedActions(role, lseWorkOpen);
	}

	/** "Who saw this case", for the case director and the LSE workers on the case. */
	@Transactional
	public AccessLog.Page accessLog(UUID caseId, int page, int size, Caller caller) {
		Seen<Case> seen = this.policy.visibleCase(caseId, caller);
		if (!caller.isCaseDirector() && seen.sight() != Sight.LSE) {
			throw new NotAllowed("Alleen de casusregiehouder en de LSE-medewerkers op de casus zien dit.",
					AuditEvent.refused(AuditObject.ACCESS_LOG, caseId, caseId));
		}
		this.audit.record(
				AuditEvent.of(AuditAction.READ, AuditObject.ACCESS_LOG, caseId, caseId).withPurpose("ACCESS_REVIEW"));
		return this.accessLog.forCase(caseId, page, size);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
