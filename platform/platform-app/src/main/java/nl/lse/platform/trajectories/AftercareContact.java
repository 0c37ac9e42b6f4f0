package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/** A contact moment of aftercare: due on a date, recorded when it happened. */
@Entity
@Table(name = "aftercare_contact")
public class AftercareContact {

	@Id
	private UUID id;

	private LocalDate dueOn;

	private @Nullable LocalDate doneOn;

	private @Nullable String recordedBy;

	protected AftercareContact() {
		this.id = UUID.randomUUID();
		this.dueOn = LocalDate.EPOCH;
	}

	AftercareContact(LocalDate dueOn) {
		this.id = UUID.randomUUID();
		this.dueOn = dueOn;
	}

	void done(LocalDate on, Subject by) {
		this.doneOn = on;
		this.recordedBy = by.value();
	}

	public boolean isOpen() {
		return this.doneOn == null;
	}

	public boolean isOverdue(LocalDate today) {
		return isOpen() && this.dueOn.isBefore(today);
	}

	public UUID id() {
		return this.id;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public @Nullable LocalDate doneOn() {
		return this.doneOn;
	}

}
