package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;

/**
 * Contactmoment: a contact of the trajectory, including taking part in a peer-contact
 * meeting (lotgenotencontact).
 */
@Entity
@Table(name = "contact")
public class Contact {

	/** How the contact took place. */
	public enum Kind {

		HOME_VISIT, OFFICE, PHONE, VIDEO, MESSAGE, NETWORK_MEETING, PEER_CONTACT_MEETING

	}

	@Id
	private UUID id;

	private LocalDate contactOn;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String withWhom;

	private String summary;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private String recordedBy;

	protected Contact() {
		this.id = UUID.randomUUID();
		this.contactOn = LocalDate.EPOCH;
		this.kind = Kind.PHONE;
		this.withWhom = "";
		this.summary = "";
		this.visibility = Visibility.MUNICIPALITY_AND_LSE;
		this.recordedBy = "";
	}

	Contact(LocalDate contactOn, Kind kind, String withWhom, String summary, Visibility visibility,
			Subject recordedBy) {
		this.id = UUID.randomUUID();
		this.contactOn = contactOn;
		this.kind = kind;
		this.withWhom = withWhom.trim();
		this.summary = summary.trim();
		this.visibility = visibility;
		this.recordedBy = recordedBy.value();
	}

	public UUID id() {
		return this.id;
	}

	public LocalDate contactOn() {
		return this.contactOn;
	}

	public Kind kind() {
		return this.kind;
	}

	public String withWhom() {
		return this.withWhom;
	}

	public String summary() {
		return this.summary;
	}

	public Visibility visibility() {
		return this.visibility;
	}

	public Subject recordedBy() {
		return Subject.of(this.recordedBy);
	}

}
