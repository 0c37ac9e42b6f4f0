package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.lse.platform.casework.CaseRole;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * A trajectory as the caller may see it, for the API and the portal alike.
 */
public record TrajectoryView(UUID id, UUID caseId, TrajectoryKind kind, Phase phase, boolean selfReferral,
		boolean commissioned, @Nullable LocalDate commissionedOn, @Nullable String lseWorker,
		@Nullable LocalDate intakeStartedOn, @Nullable LocalDate supportEndsOn, List<HelpQuestionView> helpQuestions,
		List<ConsentView> consents, List<PlanView> actionPlans, int contacts, @Nullable HandoverView handover,
		@Nullable AftercareView aftercare, @Nullable String closureReason, @Nullable String closureNote,
		@Nullable LocalDate closedOn, long version, Set<TrajectoryAction> allowedActions) {

	/**
	 * Consents are the municipality's and LSE's records, not the chain partners'. What
	 * the caller may do next comes from the trajectory's own rules.
	 */
	public static TrajectoryView of(Trajectory trajectory, Sight sight, Caller caller) {
		return of(trajectory, sight, trajectory.allowedActions(CaseRole.of(caller, sight), sight));
	}

	/**
	 * The trajectory with what the caller may do next as the service decided it (which
	 * knows a chain partner's organisation).
	 */
	public static TrajectoryView of(Trajectory trajectory, Sight sight, Set<TrajectoryAction> allowedActions) {
		boolean municipal = Visibility.MUNICIPALITY_AND_LSE.visibleAt(sight);
		Subject lseWorker = trajectory.lseWorker();
		return new TrajectoryView(trajectory.id(), trajectory.caseId(), trajectory.kind(), trajectory.phase(),
				trajectory.selfReferral(), trajectory.isCommissioned(), trajectory.commissionedOn(),
				(lseWorker != null) ? lseWorker.value() : null, trajectory.intakeStartedOn(),
				trajectory.supportEndsOn(),
				municipal ? trajectory.helpQuestions().stream().map(HelpQuestionView::of).toList() : List.of(),
				Visibility.MUNICIPALITY_AND_LSE.visibleAt(sight)
						? trajectory.consents().stream().map(ConsentView::of).toList() : List.of(),
				trajectory.plans()
					.stream()
					.filter((plan) -> plan.visibility().visibleAt(sight))
					.map(PlanView::of)
					.toList(),
				(int) trajectory.contacts().stream().filter((contact) -> contact.visibility().visibleAt(sight)).count(),
				municipal && trajectory.handoverRecord() != null ? HandoverView.of(trajectory.handoverRecord()) : null,
				municipal && trajectory.aftercareRecord() != null ? AftercareView.of(trajectory.aftercareRecord())
						: null,
				trajectory.closureReason(), municipal ? trajectory.closureNote() : null, trajectory.closedOn(),
				trajectory.version(), allowedActions);
	}

	public record HandoverView(Handover.ReceiverKind receiverKind, String receiver, LocalDate startedOn,
			@Nullable LocalDate warmHandoverMeetingHeldOn, @Nullable LocalDate familyInformedOn,
			@Nullable LocalDate fileTransferredOn, @Nullable LocalDate aftercarePartnerAgreedOn,
			@Nullable LocalDate acceptedOn) {

		public static HandoverView of(Handover handover) {
			return new HandoverView(handover.receiverKind(), handover.receiver(), handover.startedOn(),
					handover.warmHandoverHeldOn(), handover.familyInformedOn(), handover.fileTransferredOn(),
					handover.aftercarePartnerAgreedOn(), handover.acceptedOn());
		}

	}

	public record HelpQuestionView(int number, String text, HelpQuestion.Status status, @Nullable String reason) {

		public static HelpQuestionView of(HelpQuestion question) {
			return new HelpQuestionView(question.number(), question.text(), question.status(), question.reason());
		}

	}

	public record AftercareView(Contact.Kind contactKind, LocalDate startsOn, LocalDate endsOn, int frequencyDays,
			int defaultFrequencyDays, @Nullable String frequencyReason, @Nullable String localPartner,
			@Nullable UUID localPartnerOrganisationId, List<AftercareMoment> contacts) {

		public static AftercareView of(Aftercare aftercare) {
			return new AftercareView(aftercare.contactKind(), aftercare.startsOn(), aftercare.endsOn(),
					aftercare.frequencyDays(), aftercare.defaultFrequencyDays(), aftercare.frequencyReason(),
					aftercare.localPartner(), aftercare.localPartnerOrganisationId(),
					aftercare.contacts()
						.stream()
						.map((contact) -> new AftercareMoment(contact.dueOn(), contact.doneOn()))
						.toList());
		}

	}

	public record AftercareMoment(LocalDate dueOn, @Nullable LocalDate doneOn) {
	}

	/**
	 * @param capacity in what capacity it was given
	 * @param givenByName the parent or guardian who gave it, for a minor
	 */
	public record ConsentView(UUID id, UUID personId, Consent.Capacity capacity, @Nullable String givenByName,
			Consent.Scope scope, LocalDate givenOn, @Nullable LocalDate withdrawnOn) {

		public static ConsentView of(Consent consent) {
			return new ConsentView(consent.id(), consent.personId(), consent.capacity(), consent.givenByName(),
					consent.scope(), consent.givenOn(), consent.withdrawnOn());
		}

	}

	public record PlanView(int number, List<ActionPlan.Goal> goals, List<ActionPlan.Action> actions,
			List<ActionPlan.Evaluation> evaluations, @Nullable LocalDate agreedOn, @Nullable String agreedWith,
			Visibility visibility) {

		public static PlanView of(ActionPlan plan) {
			return new PlanView(plan.number(), plan.goals(), plan.actions(), plan.evaluations(), plan.agreedOn(),
					plan.agreedWith(), plan.visibility());
		}

	}

	public record ContactView(UUID id, LocalDate contactOn, Contact.Kind kind, String withWhom, String summary,
			Visibility visibility) {

		public static ContactView of(Contact contact) {
			return new ContactView(contact.id(), contact.contactOn(), contact.kind(), contact.withWhom(),
					contact.summary(), contact.visibility());
		}

	}

}
