package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * Toestemming: who gave it, for what, when, and its withdrawal. Consent to
 * {@link Scope#SUPPORT} is the consent to the trajectory itself.
 */
@Entity
@Table(name = "consent")
public class Consent {

	/** What the consent is for. */
	public enum Scope {

		SUPPORT, SHARE_WITH_PARTNERS, CONTACT_SCHOOL, OTHER

	}

	@Id
	private UUID id;

	private UUID personId;

	@Enumerated(EnumType.STRING)
	private Scope scope;

	private LocalDate givenOn;

	private String recordedBy;

	private @Nullable LocalDate withdrawnOn;

	private @Nullable String withdrawalRecordedBy;

	protected Consent() {
		this.id = UUID.randomUUID();
		this.personId = this.id;
		this.scope = Scope.OTHER;
		this.givenOn = LocalDate.EPOCH;
		this.recordedBy = "";
	}

	Consent(UUID personId, Scope scope, LocalDate givenOn, String recordedBy) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.scope = scope;
		this.givenOn = givenOn;
		this.recordedBy = recordedBy;
	}

	void withdraw(LocalDate on, String by) {
		this.withdrawnOn = on;
		this.withdrawalRecordedBy = by;
	}

	boolean isActive() {
		return this.withdrawnOn == null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public Scope scope() {
		return this.scope;
	}

	public LocalDate givenOn() {
		return this.givenOn;
	}

	public @Nullable LocalDate withdrawnOn() {
		return this.withdrawnOn;
	}

}
