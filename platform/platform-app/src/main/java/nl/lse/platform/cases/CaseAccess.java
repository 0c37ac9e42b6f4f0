package nl.lse.platform.cases;

import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.NotFound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Who may know of which case, for now (Case work I): the case director every case of the
 * tenant, an LSE worker the cases they are on, anyone else none. A case the caller may
 * not know of is refused exactly like one that does not exist, and the refusal is
 * audited.
 */
@Component
public class CaseAccess {

	private final CaseRepository cases;

	CaseAccess(CaseRepository cases) {
		this.cases = cases;
	}

	/** The case, if the caller may know of it; otherwise a 404 and a denial event. */
	public Case visibleCase(UUID id, Caller caller) {
		return this.cases.findById(id)
			.filter((found) -> mayKnow(found, caller))
			.orElseThrow(() -> new NotFound(AuditEvent.denied("CASE", id)));
	}

	public boolean mayKnow(Case found, Caller caller) {
		return caller.isCaseDirector() || (caller.isLseWorker() && found.hasLseWorker(caller.subject()));
	}

	Page<Case> visibleCases(Caller caller, Pageable pageable) {
		if (caller.isCaseDirector()) {
			return this.cases.findAll(pageable);
		}
		if (caller.isLseWorker()) {
			return this.cases.findAssignedTo(caller.subject(), pageable);
		}
		return Page.empty(pageable);
	}

}
