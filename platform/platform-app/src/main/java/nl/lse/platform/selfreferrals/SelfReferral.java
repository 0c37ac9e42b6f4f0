package nl.lse.platform.selfreferrals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Zelfmelding: a family that contacted LSE itself, with only what is needed to make
 * contact and the municipality it concerns. Lives in LSE's own records
 * ({@link TenantId#LSE}) until the family decides: agreed, it moves into the
 * municipality's schema and LSE keeps no contact details; refused, LSE gives general
 * advice only and the record is destroyed after a set period.
 */
@Entity
@Table(name = "self_referral")
public class SelfReferral {

	/** Where the family's decision stands. */
	public enum Status {

		/** Recorded; the family has not yet decided whether the municipality may know. */
		OPEN,
		/** The family agreed; the move into the municipality's schema is under way. */
		MOVING,
		/** The municipality has it as a signal with the same id. */
		MOVED,
		/** The family refused: general advice only, destroyed after the set period. */
		REFUSED

	}

	public static final int MAX_NAME = 200;

	public static final int MAX_CONTACT = 200;

	public static final int MAX_NOTE = 1000;

	@Id
	private UUID id;

	private String municipality;

	private LocalDate receivedOn;

	private @Nullable String contactName;

	private @Nullable String contactDetails;

	private @Nullable String note;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String recordedBy;

	private Instant recordedAt;

	private @Nullable String decidedBy;

	private @Nullable LocalDate decidedOn;

	private @Nullable LocalDate destroyAfter;

	private @Nullable Instant movedAt;

	@Version
	private long version;

	protected SelfReferral() {
		this.id = UUID.randomUUID();
		this.municipality = "";
		this.receivedOn = LocalDate.EPOCH;
		this.status = Status.OPEN;
		this.recordedBy = "";
		this.recordedAt = Instant.EPOCH;
	}

	SelfReferral(TenantId municipality, LocalDate receivedOn, String contactName, String contactDetails,
			@Nullable String note, Subject recordedBy, Instant now, LocalDate today) {
		RuleViolation.check(municipality.isMunicipality(), "municipality", "Kies de gemeente waar de familie woont.");
		RuleViolation.check(!receivedOn.isAfter(today), "receivedOn", "De datum van de melding ligt in de toekomst.");
		RuleViolation.check(!contactName.isBlank() && contactName.strip().length() <= MAX_NAME, "contactName",
				"Vul in wie contact opnam (ten hoogste 200 tekens).");
		RuleViolation.check(!contactDetails.isBlank() && contactDetails.strip().length() <= MAX_CONTACT,
				"contactDetails", "Vul in hoe het LSE de familie bereikt (ten hoogste 200 tekens).");
		RuleViolation.check(note == null || note.strip().length() <= MAX_NOTE, "note",
				"De toelichting is te lang (ten hoogste 1000 tekens).");
		this.id = UUID.randomUUID();
		this.municipality = municipality.code();
		this.receivedOn = receivedOn;
		this.contactName = contactName.strip();
		this.contactDetails = contactDetails.strip();
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		this.status = Status.OPEN;
		this.recordedBy = recordedBy.value();
		this.recordedAt = now;
	}

	/** The family agreed that the municipality is told: the move may start. */
	void agree(Subject by, LocalDate today) {
		requireOpen();
		this.status = Status.MOVING;
		this.decidedBy = by.value();
		this.decidedOn = today;
	}

	/**
	 * The municipality has it: LSE keeps the id, the municipality and the dates, no
	 * contact details. Once moved, a second call changes nothing.
	 */
	void moved(Instant now) {
		if (this.status == Status.MOVED) {
			return;
		}
		RuleViolation.check(this.status == Status.MOVING, "status", "De familie heeft nog niet ingestemd.");
		this.status = Status.MOVED;
		this.contactName = null;
		this.contactDetails = null;
		this.note = null;
		this.movedAt = now;
	}

	/** The family refused: general advice only, and destroyed after {@code keepFor}. */
	void refuse(Subject by, LocalDate today, Period keepFor) {
		requireOpen();
		this.status = Status.REFUSED;
		this.decidedBy = by.value();
		this.decidedOn = today;
		this.destroyAfter = today.plus(keepFor);
	}

	boolean isDueForDestruction(LocalDate today) {
		return this.status == Status.REFUSED && this.destroyAfter != null && today.isAfter(this.destroyAfter);
	}

	private void requireOpen() {
		RuleViolation.check(this.status == Status.OPEN, "status", "Over deze zelfmelding is al besloten.");
	}

	/** The text the municipality's signal carries: how to reach the family, and why. */
	String signalDescription() {
		StringBuilder text = new StringBuilder("Zelfmelding bij het LSE; de familie stemde op ").append(this.decidedOn)
			.append(" in met melden aan de gemeente. Contact: ")
			.append(this.contactName)
			.append(", ")
			.append(this.contactDetails)
			.append('.');
		if (this.note != null) {
			text.append(' ').append(this.note);
		}
		return text.toString();
	}

	public UUID id() {
		return this.id;
	}

	public TenantId municipality() {
		return TenantId.of(this.municipality);
	}

	public LocalDate receivedOn() {
		return this.receivedOn;
	}

	public @Nullable String contactName() {
		return this.contactName;
	}

	public @Nullable String contactDetails() {
		return this.contactDetails;
	}

	public @Nullable String note() {
		return this.note;
	}

	public Status status() {
		return this.status;
	}

	public @Nullable Subject decidedBy() {
		return (this.decidedBy != null) ? Subject.of(this.decidedBy) : null;
	}

	public @Nullable LocalDate decidedOn() {
		return this.decidedOn;
	}

	public @Nullable LocalDate destroyAfter() {
		return this.destroyAfter;
	}

	public long version() {
		return this.version;
	}

}
