package nl.lse.platform.consultations;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Consultatie: a question of the municipality to LSE, about a case or general (then no
 * persons are involved). {@code REQUESTED -> IN_PROGRESS -> ADVISED -> CLOSED}.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

	/** Where a consultation is. */
	public enum Status {

		REQUESTED, IN_PROGRESS, ADVISED, CLOSED

	}

	@Id
	private UUID id;

	private @Nullable UUID caseId;

	private String question;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String requestedBy;

	private Instant requestedAt;

	private @Nullable String lseWorker;

	private @Nullable Instant takenAt;

	private @Nullable String advice;

	private @Nullable Instant advisedAt;

	private @Nullable Instant closedAt;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@Version
	private long version;

	protected Consultation() {
		this.id = UUID.randomUUID();
		this.question = "";
		this.status = Status.REQUESTED;
		this.requestedBy = "";
		this.requestedAt = Instant.EPOCH;
		this.visibility = Visibility.MUNICIPALITY_AND_LSE;
	}

	Consultation(@Nullable UUID caseId, String question, Subject requestedBy, Instant now) {
		RuleViolation.check(!question.isBlank(), "question", "Stel een vraag.");
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.question = question.trim();
		this.status = Status.REQUESTED;
		this.requestedBy = requestedBy.value();
		this.requestedAt = now;
		this.visibility = Visibility.MUNICIPALITY_AND_LSE;
	}

	/**
	 * An LSE worker may take up a general question themselves; a request about a case is
	 * handed to a worker by the LSE coordinator, who weighs who may come near the case.
	 */
	public boolean takeableByAnLseWorker() {
		return this.status == Status.REQUESTED && this.caseId == null;
	}

	/**
	 * What this caller may do next, from the same rules {@link #take}, {@link #advise},
	 * {@link #close} and the service's role checks enforce.
	 */
	public Set<ConsultationAction> allowedActions(Caller caller) {
		Set<ConsultationAction> allowed = EnumSet.noneOf(ConsultationAction.class);
		if (caller.isLseWorker() && takeableByAnLseWorker()) {
			allowed.add(ConsultationAction.TAKE);
		}
		if (caller.isLseWorker() && this.status == Status.IN_PROGRESS && caller.subject().equals(lseWorker())) {
			allowed.add(ConsultationAction.ADVISE);
		}
		if ((caller.isCaseDirector() || caller.subject().equals(requestedBy())) && this.status == Status.ADVISED) {
			allowed.add(ConsultationAction.CLOSE);
		}
		return allowed;
	}

	public void take(Subject lseWorker, Instant now) {
		RuleViolation.check(this.status == Status.REQUESTED, "status",
				"Alleen een aangevraagde consultatie kan worden opgepakt.");
		this.lseWorker = lseWorker.value();
		this.takenAt = now;
		this.status = Status.IN_PROGRESS;
	}

	/** The LSE worker who took it records the advice. */
	public void advise(Subject lseWorker, String advice, Instant now) {
		RuleViolation.check(this.status == Status.IN_PROGRESS, "status",
				"Advies kan alleen worden vastgelegd bij een consultatie die in behandeling is.");
		RuleViolation.check(lseWorker.equals(lseWorker()), "lseWorker",
				"Alleen de LSE-medewerker die de consultatie heeft opgepakt legt het advies vast.");
		RuleViolation.check(!advice.isBlank(), "advice", "Het advies is leeg.");
		this.advice = advice.trim();
		this.advisedAt = now;
		this.status = Status.ADVISED;
	}

	/** The municipality closes it once advised. */
	public void close(Instant now) {
		RuleViolation.check(this.status == Status.ADVISED, "status",
				"Een consultatie wordt pas gesloten nadat het advies is gegeven.");
		this.closedAt = now;
		this.status = Status.CLOSED;
	}

	public UUID id() {
		return this.id;
	}

	public @Nullable UUID caseId() {
		return this.caseId;
	}

	public String question() {
		return this.question;
	}

	public Status status() {
		return this.status;
	}

	public Subject requestedBy() {
		return Subject.of(this.requestedBy);
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public @Nullable Subject lseWorker() {
		return (this.lseWorker != null) ? Subject.of(this.lseWorker) : null;
	}

	public @Nullable String advice() {
		return this.advice;
	}

	public @Nullable Instant advisedAt() {
		return this.advisedAt;
	}

	public @Nullable Instant closedAt() {
		return this.closedAt;
	}

	public Visibility visibility() {
		return this.visibility;
	}

	public long version() {
		return this.version;
	}

}
