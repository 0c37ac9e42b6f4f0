package nl.lse.platform.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.Subject;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Signaal: a worry, registered and triaged once; it stays linked to what followed (the
 * case and the consultation or trajectory).
 */
@Entity
@Table(name = "signal")
public class Signal {

	/** Where the signal came from. */
	public enum Source {

		POLICE, YOUTH_CARE, MENTAL_HEALTH, PROBATION, SCHOOL, SOCIAL_TEAM, MUNICIPALITY, FAMILY_SELF_REFERRAL, OTHER

	}

	/** Triage state. */
	public enum Status {

		NEW, NO_ACTION, FOLLOWED_UP

	}

	@Id
	private UUID id;

	private LocalDate receivedOn;

	private String description;

	@Enumerated(EnumType.STRING)
	private Source source;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> concerns = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private Status status;

	private String registeredBy;

	private Instant registeredAt;

	private @Nullable String triagedBy;

	private @Nullable Instant triagedAt;

	private @Nullable String triageReason;

	private @Nullable UUID caseId;

	private @Nullable UUID consultationId;

	private @Nullable UUID trajectoryId;

	@Version
	private long version;

	protected Signal() {
		this.id = UUID.randomUUID();
		this.receivedOn = LocalDate.EPOCH;
		this.description = "";
		this.source = Source.OTHER;
		this.status = Status.NEW;
		this.registeredBy = "";
		this.registeredAt = Instant.EPOCH;
	}

	Signal(LocalDate receivedOn, String description, Source source, List<String> concerns, Subject registeredBy,
			Instant now, LocalDate today) {
		RuleViolation.check(!receivedOn.isAfter(today), "receivedOn", "De datum van het signaal ligt in de toekomst.");
		RuleViolation.check(!description.isBlank(), "description", "Beschrijf het signaal.");
		this.id = UUID.randomUUID();
		this.receivedOn = receivedOn;
		this.description = description.trim();
		this.source = source;
		this.concerns = new ArrayList<>(concerns);
		this.status = Status.NEW;
		this.registeredBy = registeredBy.value();
		this.registeredAt = now;
	}

	/**
	 * A family's self-referral to LSE, moved here once the family agreed that the
	 * municipality is told; it keeps the self-referral's id, so a repeated move finds it.
	 */
	static Signal fromSelfReferral(UUID id, LocalDate receivedOn, String description, Subject agreedBy, Instant now) {
		Signal signal = new Signal(receivedOn, description, Source.FAMILY_SELF_REFERRAL, List.of(), agreedBy, now,
				receivedOn);
		signal.id = id;
		return signal;
	}

	/** Triage without follow-up: the reason is required. */
	public void dismiss(String reason, Subject caseDirector, Instant now) {
		requireNew();
		RuleViolation.check(reason != null && !reason.isBlank(), "reason",
				"Geef een reden op waarom het signaal geen vervolg krijgt.");
		this.status = Status.NO_ACTION;
		this.triageReason = reason.trim();
		this.triagedBy = caseDirector.value();
		this.triagedAt = now;
	}

	/** Triage into a case with a consultation or a trajectory. */
	public void followUp(UUID caseId, @Nullable UUID consultationId, @Nullable UUID trajectoryId,
			@Nullable String reason, Subject caseDirector, Instant now) {
		requireNew();
		this.status = Status.FOLLOWED_UP;
		this.caseId = caseId;
		this.consultationId = consultationId;
		this.trajectoryId = trajectoryId;
		this.triageReason = reason;
		this.triagedBy = caseDirector.value();
		this.triagedAt = now;
	}

	/**
	 * Whether this caller may triage the signal now: the case director, once, from the
	 * same rules the service (role) and {@link #dismiss}/{@link #followUp} (status)
	 * enforce.
	 */
	public boolean mayBeTriagedBy(Caller caller) {
		return caller.isCaseDirector() && this.status == Status.NEW;
	}

	private void requireNew() {
		RuleViolation.check(this.status == Status.NEW, "status", "Dit signaal is al beoordeeld.");
	}

	public UUID id() {
		return this.id;
	}

	public LocalDate receivedOn() {
		return this.receivedOn;
	}

	public String description() {
		return this.description;
	}

	public Source source() {
		return this.source;
	}

	public List<String> concerns() {
		return List.copyOf(this.concerns);
	}

	public Status status() {
		return this.status;
	}

	public Subject registeredBy() {
		return Subject.of(this.registeredBy);
	}

	public @Nullable String triageReason() {
		return this.triageReason;
	}

	public @Nullable UUID caseId() {
		return this.caseId;
	}

	public @Nullable UUID consultationId() {
		return this.consultationId;
	}

	public @Nullable UUID trajectoryId() {
		return this.trajectoryId;
	}

	public long version() {
		return this.version;
	}

}
