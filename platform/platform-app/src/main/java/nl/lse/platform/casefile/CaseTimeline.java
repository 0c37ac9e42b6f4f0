package nl.lse.platform.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.lse.platform.cases.Case;
import nl.lse.platform.cases.CaseMember;
import nl.lse.platform.trajectories.ActionPlan;
import nl.lse.platform.trajectories.TrajectoryView;
import nl.lse.platform.trajectories.TrajectoryView.AftercareMoment;
import nl.lse.platform.trajectories.TrajectoryView.ConsentView;
import nl.lse.platform.trajectories.TrajectoryView.ContactView;
import nl.lse.platform.trajectories.TrajectoryView.PlanView;
import org.jspecify.annotations.Nullable;

/**
 * The timeline of a case: every dated step of the case and of the trajectories the caller
 * may see, newest first. Each entry is a message key with its arguments, so the page says
 * it in the reader's language.
 */
final class CaseTimeline {

	private final List<Entry> entries = new ArrayList<>();

	private CaseTimeline() {
	}

	static List<Entry> of(Case found, boolean seesTeam, List<TrajectoryView> trajectories,
			Map<UUID, List<ContactView>> contacts) {
		CaseTimeline timeline = new CaseTimeline();
		timeline.add(found.openedOn(), "timeline.opened", found.reference());
		if (seesTeam) {
			for (CaseMember member : found.members()) {
				timeline.add(member.startDate(), "timeline.joined", member.roleOnCase());
				timeline.add(member.endDate(), "timeline.left", member.roleOnCase());
			}
		}
		for (TrajectoryView trajectory : trajectories) {
			timeline.trajectory(trajectory, contacts.getOrDefault(trajectory.id(), List.of()));
		}
		timeline.add(found.closedOn(), "timeline.closed", found.reference());
		// newest first; steps of one day stay in the order they happened, latest on top
		List<Entry> newestFirst = new ArrayList<>(timeline.entries);
		Collections.reverse(newestFirst);
		newestFirst.sort(Comparator.comparing(Entry::on).reversed());
		return List.copyOf(newestFirst);
	}

	private void trajectory(TrajectoryView trajectory, List<ContactView> contacts) {
		String kind = "enum.service." + trajectory.kind();
		add(trajectory.commissionedOn(), "timeline.commissioned", kind);
		add(trajectory.intakeStartedOn(), "timeline.intake", kind);
		for (ConsentView consent : trajectory.consents()) {
			add(consent.givenOn(), "timeline.consent", "enum.scope." + consent.scope());
			add(consent.withdrawnOn(), "timeline.consentWithdrawn", "enum.scope." + consent.scope());
		}
		for (PlanView plan : trajectory.actionPlans()) {
			add(plan.agreedOn(), "timeline.planAgreed", plan.number());
			for (ActionPlan.Evaluation evaluation : plan.evaluations()) {
				add(evaluation.evaluatedOn(), "timeline.evaluated", plan.number());
			}
		}
		for (ContactView contact : contacts) {
			add(contact.contactOn(), "timeline.contact", "enum.contactKind." + contact.kind());
		}
		if (trajectory.handover() != null) {
			add(trajectory.handover().startedOn(), "timeline.handoverStarted", trajectory.handover().receiver());
			add(trajectory.handover().acceptedOn(), "timeline.handoverAccepted", trajectory.handover().receiver());
		}
		if (trajectory.aftercare() != null) {
			add(trajectory.aftercare().startsOn(), "timeline.aftercare",
					"enum.contactKind." + trajectory.aftercare().contactKind());
			for (AftercareMoment moment : trajectory.aftercare().contacts()) {
				add(moment.doneOn(), "timeline.aftercareContact", kind);
			}
		}
		add(trajectory.closedOn(), "timeline.trajectoryClosed", kind);
	}

	private void add(@Nullable LocalDate on, String key, Object argument) {
		if (on != null) {
			this.entries.add(new Entry(on, key, argument));
		}
	}

	/**
	 * One step; an argument that is itself a message key (starting with {@code enum.}) is
	 * translated on the page.
	 */
	record Entry(LocalDate on, String key, Object argument) {

		public boolean translated() {
			return this.argument instanceof String text && text.startsWith("enum.");
		}

	}

}
