package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.lse.platform.cases.PersonRole;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Toestemming: about whom, given by whom in what capacity, for what, when, and its
 * withdrawal. Consent to {@link Scope#SUPPORT} is the consent to the trajectory itself.
 * The person's role and year of birth are kept as they were when it was given: the age
 * rule ({@link ConsentRule}) was applied to them then.
 */
@Entity
@Table(name = "consent")
public class Consent {

	/** What the consent is for. */
	public enum Scope {

		SUPPORT, SHARE_WITH_PARTNERS, CONTACT_SCHOOL, OTHER

	}

	/**
	 * The person a consent is about, as the case knows them when it is given.
	 *
	 * @param personId the person of the case
	 * @param role how they are involved
	 * @param yearOfBirth their year of birth, if known
	 */
	public record About(UUID personId, PersonRole role, @Nullable Integer yearOfBirth) {
	}

	/** In what capacity the consent was given. */
	public enum Capacity {

		/** By the person it concerns. */
		SELF,
		/** By a parent with authority (ouder met gezag) for the person. */
		PARENT_WITH_AUTHORITY,
		/** By the person's guardian (voogd). */
		GUARDIAN

	}

	@Id
	private UUID id;

	private UUID personId;

	@Enumerated(EnumType.STRING)
	private PersonRole personRole;

	private @Nullable Integer personYearOfBirth;

	@Enumerated(EnumType.STRING)
	private Capacity capacity;

	private @Nullable String givenByName;

	@Enumerated(EnumType.STRING)
	private Scope scope;

	private LocalDate givenOn;

	private String recordedBy;

	private @Nullable LocalDate withdrawnOn;

	private @Nullable String withdrawalRecordedBy;

	protected Consent() {
		this.id = UUID.randomUUID();
		this.personId = this.id;
		this.personRole = PersonRole.OTHER;
		this.capacity = Capacity.SELF;
		this.scope = Scope.OTHER;
		this.givenOn = LocalDate.EPOCH;
		this.recordedBy = "";
	}

	Consent(About person, Capacity capacity, @Nullable String givenByName, Scope scope, LocalDate givenOn,
			Subject recordedBy) {
		this.id = UUID.randomUUID();
		this.personId = person.personId();
		this.personRole = person.role();
		this.personYearOfBirth = person.yearOfBirth();
		this.capacity = capacity;
		this.givenByName = givenByName;
		this.scope = scope;
		this.givenOn = givenOn;
		this.recordedBy = recordedBy.value();
	}

	void withdraw(LocalDate on, Subject by) {
		this.withdrawnOn = on;
		this.withdrawalRecordedBy = by.value();
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

	public PersonRole personRole() {
		return this.personRole;
	}

	public @Nullable Integer personYearOfBirth() {
		return this.personYearOfBirth;
	}

	public Capacity capacity() {
		return this.capacity;
	}

	/** The parent or guardian who gave it; null when the person gave it. */
	public @Nullable String givenByName() {
		return this.givenByName;
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
