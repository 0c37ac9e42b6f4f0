package nl.lse.platform.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.lse.platform.audit.AccessLog;
import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.casework.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, reading and changing cases; every access is audited in its transaction. */
@Service
public class CaseService {

	private final CaseRepository cases;

	private final CaseReferences references;

	private final CaseAccess access;

	private final AuditTrail audit;

	private final AccessLog accessLog;

	private final Clock clock;

	CaseService(CaseRepository cases, CaseReferences references, CaseAccess access, AuditTrail audit,
			AccessLog accessLog, Clock clock) {
		this.cases = cases;
		this.references = references;
		this.access = access;
		this.audit = audit;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** A case opened by the case director, directly or from a signal. */
	@Transactional
	public Case open(int severity, SupportLevel supportLevel, Caller caller) {
		caller.requireCaseDirector(AuditEvent.refused("CASE", null, null));
		Case opened = this.cases
			.save(new Case(this.references.next(today()), severity, supportLevel, caller.subject(), today()));
		this.audit.record(AuditEvent.of(AuditAction.CREATE, "CASE", opened.id(), opened.id()));
		return opened;
	}

	@Transactional
	public Case read(UUID id, Caller caller) {
		Case found = this.access.visibleCase(id, caller);
		this.audit.record(AuditEvent.of(AuditAction.READ, "CASE", id, id));
		return found;
	}

	@Transactional
	public Page<Case> list(int page, int size, Caller caller) {
		Page<Case> found = this.access.visibleCases(caller,
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("openedOn"), Sort.Order.desc("reference"))));
		this.audit.record(AuditEvent.search("CASE", found.map(Case::id).toList()));
		return found;
	}

	@Transactional
	public Case reassess(UUID id, long version, int severity, SupportLevel supportLevel, Caller caller) {
		Case found = this.access.visibleCase(id, caller);
		caller.requireCaseDirector(AuditEvent.refused("CASE", id, id));
		StaleVersion.check(version, found.version());
		found.reassess(severity, supportLevel);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, "CASE", id, id));
		return this.cases.saveAndFlush(found);
	}

	@Transactional
	public Person addPerson(UUID caseId, PersonRole role, String name, @Nullable Integer yearOfBirth,
			@Nullable String contact, Visibility visibility, Caller caller) {
		Case found = this.access.visibleCase(caseId, caller);
		caller.requireCaseDirector(AuditEvent.refused("PERSON", null, caseId));
		Person person = found.addPerson(role, name, yearOfBirth, contact, visibility);
		this.cases.saveAndFlush(found);
		this.audit.record(AuditEvent.of(AuditAction.CREATE, "PERSON", person.id(), caseId));
		return person;
	}

	/**
	 * Puts an LSE worker on a case: called when they take a consultation or trajectory.
	 */
	@Transactional
	public void assignLseWorker(UUID caseId, String subject, String roleOnCase, String reason) {
		Case found = this.cases.findById(caseId).orElseThrow();
		found.assignLseWorker(subject, roleOnCase, reason, today());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, "CASE_TEAM", caseId, caseId));
	}

	/** "Who saw this case", for the case director and the LSE workers on the case. */
	@Transactional
	public AccessLog.Page accessLog(UUID caseId, int page, int size, Caller caller) {
		Case found = this.access.visibleCase(caseId, caller);
		if (!caller.isCaseDirector() && !found.hasLseWorker(caller.subject())) {
			throw new NotAllowed("Alleen de casusregiehouder en de LSE-medewerkers op de casus zien dit.",
					AuditEvent.refused("ACCESS_LOG", caseId, caseId));
		}
		this.audit.record(AuditEvent.of(AuditAction.READ, "ACCESS_LOG", caseId, caseId).withPurpose("ACCESS_REVIEW"));
		return this.accessLog.forCase(caseId, page, size);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
