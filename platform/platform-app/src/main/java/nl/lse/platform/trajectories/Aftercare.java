package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.Subject;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * Nazorg: agreements on the kind of contact, until when, how often (by default from the
 * severity and support level of the case, otherwise with a reason) and the local partner
 * that stays involved; its contact moments are scheduled from the agreement.
 */
@Entity
@Table(name = "aftercare")
public class Aftercare {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private Contact.Kind contactKind;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private int frequencyDays;

	private int defaultFrequencyDays;

	private @Nullable String frequencyReason;

	private @Nullable String localPartner;

	private @Nullable UUID localPartnerOrganisationId;

	private String agreedBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "aftercare_id", nullable = false)
	@OrderBy("dueOn")
	private List<AftercareContact> contacts = new ArrayList<>();

	protected Aftercare() {
		this.id = UUID.randomUUID();
		this.contactKind = Contact.Kind.PHONE;
		this.startsOn = LocalDate.EPOCH;
		this.endsOn = LocalDate.EPOCH;
		this.agreedBy = "";
	}

	/**
	 * @param frequencyDays days between contacts; {@code null} takes the default
	 * @param frequencyReason why, when the frequency departs from the default
	 */
	Aftercare(Contact.Kind contactKind, LocalDate startsOn, LocalDate endsOn, int defaultFrequencyDays,
			@Nullable Integer frequencyDays, @Nullable String frequencyReason, @Nullable String localPartner,
			Subject agreedBy) {
		RuleViolation.check(contactKind != Contact.Kind.PEER_CONTACT_MEETING, "contactKind",
				"Nazorg is contact met de familie, geen lotgenotenbijeenkomst.");
		RuleViolation.check(endsOn.isAfter(startsOn), "endsOn", "De nazorg eindigt na de start.");
		RuleViolation.check(!endsOn.isAfter(startsOn.plusYears(5)), "endsOn",
				"Nazorg duurt ten hoogste vijf jaar; spreek daarna opnieuw af.");
		int frequency = (frequencyDays != null) ? frequencyDays : defaultFrequencyDays;
		RuleViolation.check(frequency >= 1 && frequency <= 365, "frequencyDays",
				"De frequentie is 1 tot 365 dagen tussen contacten.");
		RuleViolation.check(
				frequency == defaultFrequencyDays || (frequencyReason != null && !frequencyReason.isBlank()),
				"frequencyReason", "Een andere frequentie dan de standaard (" + defaultFrequencyDays
						+ " dagen bij deze ernst en dit ondersteuningsniveau) vraagt om een reden.");
		this.id = UUID.randomUUID();
		this.contactKind = contactKind;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.frequencyDays = frequency;
		this.defaultFrequencyDays = defaultFrequencyDays;
		this.frequencyReason = (frequency == defaultFrequencyDays) ? null : frequencyReason.trim();
		this.localPartner = localPartner;
		this.agreedBy = agreedBy.value();
		for (LocalDate due = startsOn.plusDays(frequency); !due.isAfter(endsOn); due = due.plusDays(frequency)) {
			this.contacts.add(new AftercareContact(due));
		}
	}

	/** Records a contact that happened: it settles the earliest open moment. */
	AftercareContact record(LocalDate on, Subject by) {
		AftercareContact next = this.contacts.stream()
			.filter(AftercareContact::isOpen)
			.findFirst()
			.orElseThrow(() -> new RuleViolation("contactOn", "Er staat geen nazorgcontact meer open."));
		RuleViolation.check(!on.isBefore(this.startsOn), "contactOn", "Dit contact ligt voor de start van de nazorg.");
		next.done(on, by);
		return next;
	}

	/**
	 * Records which local partner stays involved after LSE: a partner organisation the
	 * municipality works with (by its registry id and name), or a named local provider.
	 */
	void chooseLocalPartner(@Nullable UUID partnerOrganisationId, String name) {
		RuleViolation.check(!name.isBlank(), "localPartner", "Noem de lokale partner die betrokken blijft.");
		this.localPartnerOrganisationId = partnerOrganisationId;
		this.localPartner = name.trim();
	}

	/**
	 * Aftercare ends with the start of the handover: moments still open are no longer
	 * due.
	 */
	void end() {
		this.contacts.removeIf(AftercareContact::isOpen);
	}

	public @Nullable UUID localPartnerOrganisationId() {
		return this.localPartnerOrganisationId;
	}

	boolean allDone() {
		return this.contacts.stream().noneMatch(AftercareContact::isOpen);
	}

	public long overdue(LocalDate today) {
		return this.contacts.stream().filter((contact) -> contact.isOverdue(today)).count();
	}

	public Contact.Kind contactKind() {
		return this.contactKind;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate endsOn() {
		return this.endsOn;
	}

	public int frequencyDays() {
		return this.frequencyDays;
	}

	public int defaultFrequencyDays() {
		return this.defaultFrequencyDays;
	}

	public @Nullable String frequencyReason() {
		return this.frequencyReason;
	}

	public @Nullable String localPartner() {
		return this.localPartner;
	}

	public List<AftercareContact> contacts() {
		return List.copyOf(this.contacts);
	}

}
