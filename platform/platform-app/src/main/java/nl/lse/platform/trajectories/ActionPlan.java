package nl.lse.platform.trajectories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Plan van aanpak: goals, actions with owners, and evaluations, drawn up with the family.
 * Every change is a new version; a version counts once it is agreed with the family on a
 * date.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

	/** Goals in one plan at most. */
	public static final int MAX_GOALS = 50;

	/** Actions in one plan at most. */
	public static final int MAX_ACTIONS = 100;

	@Id
	private UUID id;

	private int number;

	private String draftedBy;

	private Instant draftedAt;

	private @Nullable LocalDate agreedOn;

	private @Nullable String agreedWith;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "action_plan_goal", joinColumns = @JoinColumn(name = "action_plan_id"))
	@OrderColumn(name = "position")
	private List<Goal> goals = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "action_plan_action", joinColumns = @JoinColumn(name = "action_plan_id"))
	@OrderColumn(name = "position")
	private List<Action> actions = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "action_plan_evaluation", joinColumns = @JoinColumn(name = "action_plan_id"))
	@OrderColumn(name = "position")
	private List<Evaluation> evaluations = new ArrayList<>();

	protected ActionPlan() {
		this.id = UUID.randomUUID();
		this.draftedBy = "";
		this.draftedAt = Instant.EPOCH;
		this.visibility = Visibility.MUNICIPALITY_AND_LSE;
	}

	ActionPlan(int number, List<Goal> goals, List<Action> actions, Visibility visibility, Subject draftedBy,
			Instant draftedAt) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.goals = new ArrayList<>(goals);
		this.actions = new ArrayList<>(actions);
		this.visibility = visibility;
		this.draftedBy = draftedBy.value();
		this.draftedAt = draftedAt;
	}

	void agree(LocalDate on, String with) {
		this.agreedOn = on;
		this.agreedWith = with;
	}

	void evaluate(Evaluation evaluation) {
		this.evaluations.add(evaluation);
	}

	boolean isAgreed() {
		return this.agreedOn != null;
	}

	public UUID id() {
		return this.id;
	}

	public int number() {
		return this.number;
	}

	public @Nullable LocalDate agreedOn() {
		return this.agreedOn;
	}

	public @Nullable String agreedWith() {
		return this.agreedWith;
	}

	public Visibility visibility() {
		return this.visibility;
	}

	public List<Goal> goals() {
		return List.copyOf(this.goals);
	}

	public List<Action> actions() {
		return List.copyOf(this.actions);
	}

	public List<Evaluation> evaluations() {
		return List.copyOf(this.evaluations);
	}

	/**
	 * A goal of the plan: a text of 1 to 2000 characters. Its rules live here, so the
	 * API, the portal's form and the demo data cannot differ on them.
	 */
	@Embeddable
	public record Goal(String description) {

		public static final int MAX_LENGTH = 2000;

		public Goal {
			RuleViolation.check(description != null && !description.isBlank(), "goals", "Een doel mag niet leeg zijn.");
			description = description.strip();
			RuleViolation.check(description.length() <= MAX_LENGTH, "goals",
					"Een doel is hoogstens " + MAX_LENGTH + " tekens lang.");
		}

	}

	/**
	 * An action towards goal {@code goalNumber} (1 is the first goal), with who does it
	 * and by when: an action of 1 to 2000 characters, an owner of 1 to 200. Whether the
	 * goal exists is the plan's rule ({@code Trajectory.draftPlan}).
	 */
	@Embeddable
	public record Action(int goalNumber, String description, String owner, @Nullable LocalDate dueOn) {

		public static final int MAX_LENGTH = 2000;

		public static final int MAX_OWNER_LENGTH = 200;

		public Action {
			RuleViolation.check(goalNumber >= 1, "actions", "Een actie verwijst naar doel 1 of hoger.");
			RuleViolation.check(description != null && !description.isBlank(), "actions",
					"Een actie mag niet leeg zijn.");
			RuleViolation.check(owner != null && !owner.isBlank(), "actions", "Een actie heeft een eigenaar.");
			description = description.strip();
			owner = owner.strip();
			RuleViolation.check(description.length() <= MAX_LENGTH && owner.length() <= MAX_OWNER_LENGTH, "actions",
					"Een actie is hoogstens " + MAX_LENGTH + " tekens lang, de eigenaar hoogstens " + MAX_OWNER_LENGTH
							+ ".");
		}

	}

	/** An evaluation of the plan with the family. */
	@Embeddable
	public record Evaluation(LocalDate evaluatedOn, String summary) {
	}

}
