package nl.lse.platform.casefile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.lse.platform.cases.Case;
import nl.lse.platform.cases.Person;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.trajectories.TrajectoryView;
import nl.lse.platform.trajectories.TrajectoryView.ContactView;

/**
 * Everything the case page shows, already cut to what the caller may see.
 *
 * @param found the case
 * @param sight how much of it the caller sees
 * @param persons the persons whose records the caller may see
 * @param trajectories the case's trajectories as the caller may see them
 * @param contacts the contacts the caller may see, per trajectory
 * @param timeline what happened, newest first
 * @param partnerNames names of the chain partner organisations on the team
 */
record CaseFile(Case found, Sight sight, List<Person> persons, List<TrajectoryView> trajectories,
		Map<UUID, List<ContactView>> contacts, List<CaseTimeline.Entry> timeline, Map<UUID, String> partnerNames) {

	public boolean seesContent() {
		return this.sight.seesContent();
	}

	public String personName(UUID id) {
		return this.persons.stream()
			.filter((person) -> person.id().equals(id))
			.map(Person::name)
			.findFirst()
			.orElse("");
	}

}
