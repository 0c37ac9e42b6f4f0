package nl.lse.platform.trajectories;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.lse.platform.casework.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Hulpvraag: a question the family asks for help with, found at intake. Support ends when
 * every one is done, or dropped with a reason.
 */
@Entity
@Table(name = "help_question")
public class HelpQuestion {

	/** Where a help question stands. */
	public enum Status {

		OPEN, IN_PROGRESS, DONE, DROPPED;

		boolean settled() {
			return this == DONE || this == DROPPED;
		}

	}

	@Id
	private UUID id;

	private int number;

	private String text;

	@Enumerated(EnumType.STRING)
	private Status status;

	private @Nullable String reason;

	protected HelpQuestion() {
		this.id = UUID.randomUUID();
		this.text = "";
		this.status = Status.OPEN;
	}

	HelpQuestion(int number, String text) {
		RuleViolation.check(!text.isBlank(), "helpQuestions", "Een hulpvraag is leeg.");
		this.id = UUID.randomUUID();
		this.number = number;
		this.text = text.trim();
		this.status = Status.OPEN;
	}

	/** A dropped question says why; another status clears the reason. */
	void update(Status status, @Nullable String reason) {
		RuleViolation.check(status != Status.DROPPED || (reason != null && !reason.isBlank()), "reason",
				"Geef aan waarom deze hulpvraag vervalt.");
		this.status = status;
		this.reason = (status == Status.DROPPED) ? reason.trim() : null;
	}

	public boolean isSettled() {
		return this.status.settled();
	}

	public int number() {
		return this.number;
	}

	public String text() {
		return this.text;
	}

	public Status status() {
		return this.status;
	}

	public @Nullable String reason() {
		return this.reason;
	}

}
