package nl.lse.platform.cases;

import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.partners.PartnerAffiliations;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Need-to-know, in one place (docs/access.md, docs/identity.md; the table is
 * {@code docs/access.md}). The case director sees every case of the tenant; municipality
 * staff the cases they are on; a chain partner the cases its organisation is on, and
 * within them {@code TEAM} records only; an LSE worker the cases they are on; the LSE
 * coordinator the metadata of the cases LSE has work on (a consultation or trajectory),
 * never of the municipality's other cases; anyone else nothing. Lists filter in the
 * query. A case the caller may not know of is refused exactly like one that does not
 * exist.
 */
@Component
public class CasePolicy {

	private static final UUID NO_ORGANISATION = new UUID(0, 0);

	private final CaseRepository cases;

	private final PartnerAffiliations affiliations;

	CasePolicy(CaseRepository cases, PartnerAffiliations affiliations) {
		this.cases = cases;
		this.affiliations = affiliations;
	}

	public Sight sight(Case found, Caller caller) {
		return sight(found, caller, caller.isChainPartner() ? partnerOrganisation(caller) : null);
	}

	/**
	 * The rule itself, without the database: how much of the case the caller sees.
	 * @param found the case
	 * @param caller the caller in this municipality
	 * @param partnerOrganisation the organisation a chain partner works for here today
	 * @return the caller's sight of the case
	 */
	static Sight sight(Case found, Caller caller, @Nullable UUID partnerOrganisation) {
		if (caller.isLseWorker() && found.hasLseWorker(caller.subject())) {
			return Sight.LSE;
		}
		if (caller.isCaseDirector()) {
			return Sight.MUNICIPALITY;
		}
		if (caller.isMunicipalityStaff() && found.hasStaff(caller.subject())) {
			return Sight.MUNICIPALITY;
		}
		if (caller.isChainPartner() && partnerOrganisation != null
				&& found.hasPartnerOrganisation(partnerOrganisation)) {
			return Sight.TEAM;
		}
		if (caller.isLseWorker() && found.hasAdviser(caller.subject())) {
			return Sight.METADATA;
		}
		return (caller.isLseCoordinator() && found.hasLseWork()) ? Sight.METADATA : Sight.NONE;
	}

	/**
	 * How much of the case the caller may see; {@code NONE} for a case that is not there.
	 */
	public Sight sight(UUID caseId, Caller caller) {
		return this.cases.findById(caseId).map((found) -> sight(found, caller)).orElse(Sight.NONE);
	}

	/** The case with its content, if the caller may see any; otherwise 404. */
	public Seen<Case> visibleCase(UUID id, Caller caller) {
		return seen(id, caller, Sight.TEAM);
	}

	/** The case if the caller may know of it, metadata or more; otherwise 404. */
	public Seen<Case> knownCase(UUID id, Caller caller) {
		return seen(id, caller, Sight.METADATA);
	}

	/**
	 * A case the caller may not know of and an id that does not exist are refused on the
	 * same path, by one query that does the same work either way (security review, item
	 * 10: the two 404s are not told apart by their time); only a case the caller may know
	 * of is loaded.
	 */
	private Seen<Case> seen(UUID id, Caller caller, Sight needed) {
		UUID organisation = caller.isChainPartner() ? partnerOrganisation(caller) : null;
		if (!this.cases.knowable(id, caller.isCaseDirector(), caller.isLseCoordinator(), caller.isLseWorker(),
				caller.isMunicipalityStaff(), (organisation != null) ? organisation : NO_ORGANISATION,
				caller.subject().value())) {
			throw new NotFound(AuditEvent.denied(AuditObject.CASE, id));
		}
		Case found = this.cases.findById(id).orElseThrow(() -> new NotFound(AuditEvent.denied(AuditObject.CASE, id)));
		Sight sight = sight(found, caller, organisation);
		if (sight.compareTo(needed) < 0) {
			throw new NotFound(AuditEvent.denied(AuditObject.CASE, id));
		}
		return new Seen<>(found, sight);
	}

	/** The case director leads the case: the one who changes it and its team. */
	public void requireLead(Caller caller, AuditEvent refusal) {
		caller.requireCaseDirector(refusal);
	}

	/** The cases the caller may know of, filtered in the query. */
	Page<Case> visibleCases(Caller caller, Pageable pageable) {
		boolean all = caller.isCaseDirector();
		UUID organisation = caller.isChainPartner() ? partnerOrganisation(caller) : null;
		return this.cases.findVisible(all, caller.isLseCoordinator(), caller.isLseWorker(),
				caller.isMunicipalityStaff(), (organisation != null) ? organisation : NO_ORGANISATION,
				caller.subject().value(), pageable);
	}

	/** The partner organisation a chain partner works for in this municipality, today. */
	public @Nullable UUID partnerOrganisation(Caller caller) {
		return this.affiliations.organisationToday(caller.subject().value()).orElse(null);
	}

}
