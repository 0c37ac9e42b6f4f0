package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the trajectory page. Dates start at today; lists are typed one item per
 * line, so every form works without JavaScript.
 */
final class TrajectoryForms {

	private TrajectoryForms() {
	}

	/** A transition that needs nothing but the version it was based on. */
	/**
	 * @param supportEndsOn when support is planned to end, for the step into support
	 */
	record Step(@NotNull @Pattern(regexp = "commission|intake|planning|support") @Nullable String step,
			@NotNull @Nullable Long version, @Nullable LocalDate supportEndsOn) {
	}

	/** The LSE worker who carries the trajectory out, by account id. */
	record AssignForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String lseWorker,
			@NotNull @Nullable Long version) {
	}

	record HelpQuestionsForm(@NotBlank @Size(max = 20000) String questions, @NotNull @Nullable Long version) {

		List<String> lines() {
			return TrajectoryForms.lines(this.questions);
		}

	}

	/**
	 * @param capacity in what capacity it was given
	 * @param givenByName the parent or guardian who gave it (not for the person themself)
	 */
	record ConsentForm(@NotNull @Nullable UUID personId, @NotNull Consent.@Nullable Capacity capacity,
			@Nullable @Size(max = 200) String givenByName, @NotNull Consent.@Nullable Scope scope,
			@NotNull @Nullable LocalDate givenOn) {
	}

	/**
	 * @param number which help question
	 * @param status where it stands now
	 * @param reason why, when dropped
	 */
	record HelpQuestionProgressForm(int number, @NotNull HelpQuestion.@Nullable Status status,
			@Size(max = 2000) @Nullable String reason, long version) {
	}

	/**
	 * @param name the local partner that stays involved after LSE
	 */
	record LocalPartnerForm(@NotBlank @Size(max = 200) String name, long version) {
	}

	/**
	 * @param consentId the consent that is withdrawn
	 * @param withdrawnOn when the person said so
	 */
	record WithdrawalForm(@NotNull @Nullable UUID consentId, @NotNull @Nullable LocalDate withdrawnOn) {
	}

	/**
	 * @param goals one goal per line
	 * @param actions one action per line: goal number, action and owner separated by
	 * {@code |}
	 */
	record PlanForm(@NotBlank @Size(max = 20000) String goals, @Nullable @Size(max = 20000) String actions,
			@NotNull @Nullable Visibility visibility) {

		List<ActionPlan.Goal> goalList() {
			return lines(this.goals).stream().map(ActionPlan.Goal::new).toList();
		}

		List<ActionPlan.Action> actionList() {
			List<ActionPlan.Action> parsed = new ArrayList<>();
			List<String> lines = lines(this.actions);
			for (int i = 0; i < lines.size(); i++) {
				String[] parts = Arrays.stream(lines.get(i).split("\\|")).map(String::trim).toArray(String[]::new);
				RuleViolation.check(
						parts.length == 3 && parts[0].matches("[1-9][0-9]?") && !parts[1].isEmpty()
								&& !parts[2].isEmpty(),
						"actions",
						"Regel " + (i + 1) + " van de acties heeft niet de vorm: doelnummer | actie | eigenaar.");
				parsed.add(new ActionPlan.Action(Integer.parseInt(parts[0]), parts[1], parts[2], null));
			}
			return parsed;
		}

	}

	record AgreementForm(@NotNull @Min(1) @Nullable Integer number, @NotNull @Nullable LocalDate agreedOn,
			@NotBlank @Size(max = 200) String agreedWith, @NotNull @Nullable Long version) {
	}

	record EvaluationForm(@NotNull @Nullable LocalDate evaluatedOn, @NotBlank @Size(max = 4000) String summary,
			@NotNull @Nullable Long version) {
	}

	record ContactForm(@NotNull @Nullable LocalDate contactOn, @NotNull Contact.@Nullable Kind kind,
			@NotBlank @Size(max = 500) String withWhom, @NotBlank @Size(max = 4000) String summary,
			@NotNull @Nullable Visibility visibility) {
	}

	/**
	 * @param partnerOrganisationId the receiving organisation of the case team, when the
	 * local partner is one
	 */
	record HandoverForm(@NotNull Handover.@Nullable ReceiverKind receiverKind,
			@NotBlank @Size(max = 200) String receiver, @Nullable UUID partnerOrganisationId,
			@NotNull @Nullable LocalDate startedOn, @NotNull @Nullable Long version) {
	}

	record ChecklistForm(@Nullable LocalDate warmHandoverMeetingHeldOn, @Nullable LocalDate familyInformedOn,
			@Nullable LocalDate fileTransferredOn, @Nullable LocalDate aftercarePartnerAgreedOn,
			@NotNull @Nullable Long version) {
	}

	record AcceptanceForm(@NotNull @Nullable LocalDate acceptedOn, @NotNull @Nullable Long version) {
	}

	record AftercareForm(@NotNull Contact.@Nullable Kind contactKind, @NotNull @Nullable LocalDate endsOn,
			@Nullable @Min(1) @Max(365) Integer frequencyDays, @Nullable @Size(max = 1000) String frequencyReason,
			@Nullable @Size(max = 200) String localPartner, @NotNull @Nullable Long version) {
	}

	record AftercareContactForm(@NotNull @Nullable LocalDate contactOn) {
	}

	record ClosureForm(@Nullable @Size(max = 2000) String reason, @NotNull @Nullable Long version) {
	}

	static List<String> lines(@Nullable String text) {
		return (text == null) ? List.of() : text.lines().map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

	static @Nullable String blank(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
