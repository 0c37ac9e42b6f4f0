package nl.lse.platform.cases;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.lse.platform.casework.Visibility;
import org.jspecify.annotations.Nullable;

/** Betrokkene: someone a case is about. No BSN, ever. */
@Entity
@Table(name = "person")
public class Person {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private PersonRole role;

	private String name;

	private @Nullable Integer yearOfBirth;

	private @Nullable String contact;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@Version
	private long version;

	protected Person() {
		this.id = UUID.randomUUID();
		this.role = PersonRole.OTHER;
		this.name = "";
		this.visibility = Visibility.MUNICIPALITY_AND_LSE;
	}

	Person(PersonRole role, String name, @Nullable Integer yearOfBirth, @Nullable String contact,
			Visibility visibility) {
		this.id = UUID.randomUUID();
		this.role = role;
		this.name = name.trim();
		this.yearOfBirth = yearOfBirth;
		this.contact = contact;
		this.visibility = visibility;
	}

	public UUID id() {
		return this.id;
	}

	public PersonRole role() {
		return this.role;
	}

	public String name() {
		return this.name;
	}

	public @Nullable Integer yearOfBirth() {
		return this.yearOfBirth;
	}

	public @Nullable String contact() {
		return this.contact;
	}

	public Visibility visibility() {
		return this.visibility;
	}

	public long version() {
		return this.version;
	}

}
