package nl.lse.platform.casefile;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.lse.platform.audit.AccessLog;
import nl.lse.platform.cases.Case;
import nl.lse.platform.cases.CaseMember;
import nl.lse.platform.cases.CaseService;
import nl.lse.platform.cases.Person;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.partners.PartnerOrganisation;
import nl.lse.platform.trajectories.TrajectoryService;
import nl.lse.platform.trajectories.TrajectoryView;
import nl.lse.platform.trajectories.TrajectoryView.ContactView;

import org.springframework.stereotype.Component;

/**
 * Gathers a case page through the same services as the API, so every read is checked by
 * the case policy and written to the audit trail like any other.
 */
@Component
class CaseFiles {

	private static final int ALL = 100;

	private final CaseService cases;

	private final TrajectoryService trajectories;

	private final PartnerAffiliations partners;

	CaseFiles(CaseService cases, TrajectoryService trajectories, PartnerAffiliations partners) {
		this.cases = cases;
		this.trajectories = trajectories;
		this.partners = partners;
	}

	CaseFile read(UUID id, Caller caller) {
		Seen<Case> seen = this.cases.read(id, caller);
		Case found = seen.item();
		Sight sight = seen.sight();
		List<Person> persons = found.persons()
			.stream()
			.filter((person) -> person.visibility().visibleAt(sight))
			.toList();
		List<TrajectoryView> views = this.trajectories.list(id, 0, ALL, caller)
			.stream()
			.map((trajectory) -> TrajectoryView.of(trajectory, sight,
					this.trajectories.allowedActions(new Seen<>(trajectory, sight), caller)))
			.toList();
		Map<UUID, List<ContactView>> contacts = new LinkedHashMap<>();
		if (sight.seesContent()) {
			for (TrajectoryView trajectory : views) {
				contacts.put(trajectory.id(),
						this.trajectories.contacts(trajectory.id(), 0, ALL, caller).map(ContactView::of).getContent());
			}
		}
		return new CaseFile(found, sight, persons, views, contacts,
				CaseTimeline.of(found, sight.seesContent(), views, contacts), partnerNames(found, sight));
	}

	AccessLog.Page accessLog(UUID id, int page, Caller caller) {
		return this.cases.accessLog(id, page, 50, caller);
	}

	/** The case director and the LSE workers on the case may see who saw it. */
	static boolean mayReview(Caller caller, Sight sight) {
		return caller.isCaseDirector() || (caller.isLseWorker() && sight == Sight.LSE);
	}

	private Map<UUID, String> partnerNames(Case found, Sight sight) {
		Map<UUID, String> names = new HashMap<>();
		if (sight.seesContent()) {
			found.members()
				.stream()
				.map(CaseMember::partnerOrganisationId)
				.filter((organisation) -> organisation != null && !names.containsKey(organisation))
				.forEach((organisation) -> names.put(organisation,
						this.partners.organisation(organisation).map(PartnerOrganisation::name).orElse("")));
		}
		return names;
	}

}
