package nl.lse.platform.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import nl.lse.platform.casework.AllowedActions;
import nl.lse.platform.casework.CaseRole;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Severity;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Casus: the tenant's file around one person of concern and their family. The
 * municipality keeps the lead; LSE is on the team, never the owner.
 */
@Entity
@Table(name = "case_file")
public class Case {

	/**
	 * The municipality keeps the lead: its case director closes a case (once LSE's work
	 * on it has ended) and reopens it; LSE's work ending never closes it.
	 */
	public enum Status {

		OPEN, CLOSED

	}

	@Id
	private UUID id;

	private String reference;

	private int severity;

	@Enumerated(EnumType.STRING)
	private SupportLevel supportLevel;

	@Enumerated(EnumType.STRING)
	private Status status;

	private LocalDate openedOn;

	private String openedBy;

	private @Nullable LocalDate closedOn;

	private @Nullable String closureReason;

	/** LSE has (or had) work on this case: a consultation or a trajectory. */
	private boolean lseWork;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("name")
	private List<Person> persons = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("startDate")
	private List<CaseMember> members = new ArrayList<>();

	protected Case() {
		this.id = UUID.randomUUID();
		this.reference = "";
		this.supportLevel = SupportLevel.LIGHT;
		this.status = Status.OPEN;
		this.openedOn = LocalDate.EPOCH;
		this.openedBy = "";
	}

	Case(String reference, Severity severity, SupportLevel supportLevel, Subject openedBy, LocalDate today) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.severity = severity.level();
		this.supportLevel = supportLevel;
		this.status = Status.OPEN;
		this.openedOn = today;
		this.openedBy = openedBy.value();
	}

	/** A new assessment of severity and support level. */
	public void reassess(Severity severity, SupportLevel supportLevel) {
		requireOpen();
		this.severity = severity.level();
		this.supportLevel = supportLevel;
	}

	public Person addPerson(PersonRole role, String name, @Nullable Integer yearOfBirth, @Nullable String contact,
			Visibility visibility) {
		requireOpen();
		RuleViolation.check(
				role != PersonRole.PERSON_OF_CONCERN
						|| this.persons.stream().noneMatch((person) -> person.role() == PersonRole.PERSON_OF_CONCERN),
				"role", "Een casus gaat over één persoon om wie zorg bestaat; die staat er al in.");
		Person person = new Person(role, name, yearOfBirth, contact, visibility);
		this.persons.add(person);
		return person;
	}

	/**
	 * Puts an LSE worker on the case (when they take a consultation or a trajectory); a
	 * worker already on it stays on it once.
	 */
	public void assignLseWorker(Subject subject, String roleOnCase, String reason, LocalDate today) {
		if (!hasLseWorker(subject)) {
			// on the municipality's commission: its legal task
			this.members.add(new CaseMember(CaseMember.Kind.LSE_WORKER, CaseMember.Basis.LEGAL_TASK, subject, null,
					roleOnCase, reason, today));
		}
	}

	/**
	 * Puts the adviser of a consultation about this case on it, for the case's metadata
	 * only; once is enough.
	 */
	public void assignAdviser(Subject subject, String reason, LocalDate today) {
		if (this.members.stream().noneMatch((member) -> member.isActive(CaseMember.Kind.ADVISER, subject))) {
			this.members.add(new CaseMember(CaseMember.Kind.ADVISER, CaseMember.Basis.LEGAL_TASK, subject, null,
					"Adviseur", reason, today));
		}
	}

	/** The adviser's sight ends with the consultation. */
	public void endAdviser(Subject subject, LocalDate on, String reason) {
		this.members.stream()
			.filter((member) -> member.isActive(CaseMember.Kind.ADVISER, subject))
			.forEach((member) -> member.end(on, reason));
	}

	public boolean hasAdviser(Subject subject) {
		return this.members.stream().anyMatch((member) -> member.isActive(CaseMember.Kind.ADVISER, subject));
	}

	/**
	 * A member of the case team: a person by subject (municipality staff, LSE worker, a
	 * further case director) or a chain partner by organisation.
	 */
	public CaseMember addMember(CaseMember.Kind kind, CaseMember.Basis basis, @Nullable Subject subject,
			@Nullable UUID partnerOrganisation, String roleOnCase, String reason, LocalDate startDate,
			LocalDate today) {
		requireOpen();
		if (kind == CaseMember.Kind.CHAIN_PARTNER) {
			RuleViolation.check(partnerOrganisation != null, "partnerOrganisationId",
					"Een ketenpartner staat op de casus als organisatie.");
			RuleViolation.check(!hasPartnerOrganisation(partnerOrganisation), "partnerOrganisationId",
					"Deze organisatie staat al op de casus.");
		}
		else {
			RuleViolation.check(subject != null, "subject", "Wie komt er op de casus?");
			RuleViolation.check(this.members.stream().noneMatch((member) -> member.isActive(kind, subject)), "subject",
					"Deze persoon staat al op de casus.");
		}
		RuleViolation.check(!reason.isBlank(), "reason", "Geef de reden waarom dit teamlid op de casus komt.");
		RuleViolation.check(!startDate.isAfter(today), "startDate",
				"Een teamlid komt op de casus vanaf vandaag of eerder, niet in de toekomst.");
		CaseMember member = new CaseMember(kind, basis, (kind == CaseMember.Kind.CHAIN_PARTNER) ? null : subject,
				(kind == CaseMember.Kind.CHAIN_PARTNER) ? partnerOrganisation : null, roleOnCase.trim(), reason.trim(),
				startDate);
		this.members.add(member);
		return member;
	}

	/** Ends one membership, by hand (with a reason) or because the design says so. */
	public CaseMember endMember(UUID memberId, LocalDate on, String reason) {
		CaseMember member = this.members.stream()
			.filter((candidate) -> candidate.id().equals(memberId) && candidate.isActive())
			.findFirst()
			.orElseThrow(() -> new RuleViolation("memberId", "Dit teamlid staat niet (meer) op de casus."));
		RuleViolation.check(!reason.isBlank(), "reason", "Geef de reden waarom dit teamlid van de casus gaat.");
		member.end(on, reason.trim());
		return member;
	}

	/**
	 * Ends every chain partner's membership: their ground for seeing the case is gone.
	 */
	private List<CaseMember> endChainPartners(LocalDate on, String reason) {
		List<CaseMember> ended = this.members.stream()
			.filter((member) -> member.isActive() && member.kind() == CaseMember.Kind.CHAIN_PARTNER)
			.toList();
		ended.forEach((member) -> member.end(on, reason));
		return ended;
	}

	/**
	 * Ends the memberships that rest on the family's consent, when it is withdrawn; those
	 * on a legal task or a covenant stay.
	 */
	public List<CaseMember> endConsentBased(LocalDate on, String reason) {
		List<CaseMember> ended = this.members.stream()
			.filter((member) -> member.isActive() && member.basis() == CaseMember.Basis.CONSENT)
			.toList();
		ended.forEach((member) -> member.end(on, reason));
		return ended;
	}

	/** Ends an LSE worker's membership, if they are on the case. */
	public void endLseWorker(Subject subject, LocalDate on, String reason) {
		this.members.stream()
			.filter((member) -> member.isActive(CaseMember.Kind.LSE_WORKER, subject))
			.forEach((member) -> member.end(on, reason));
	}

	public boolean hasLseWorker(Subject subject) {
		return this.members.stream().anyMatch((member) -> member.isActive(CaseMember.Kind.LSE_WORKER, subject));
	}

	public boolean hasStaff(Subject subject) {
		return this.members.stream().anyMatch((member) -> member.isActive(CaseMember.Kind.MUNICIPALITY_STAFF, subject));
	}

	public boolean hasPartnerOrganisation(UUID organisation) {
		return this.members.stream().anyMatch((member) -> member.isActiveFor(organisation));
	}

	public boolean hasPerson(UUID personId) {
		return this.persons.stream().anyMatch((person) -> person.id().equals(personId));
	}

	/**
	 * The case director closes the case, with the reason, once LSE has no open work on
	 * it; its chain partners and LSE workers leave the team.
	 */
	public void close(String reason, boolean lseWorkOpen, LocalDate today) {
		require(CaseAction.CLOSE, lseWorkOpen);
		RuleViolation.check(!reason.isBlank(), "reason", "Geef aan waarom de casus wordt gesloten.");
		this.status = Status.CLOSED;
		this.closedOn = today;
		this.closureReason = reason.trim();
		endChainPartners(today, "Casus gesloten");
		this.members.stream()
			.filter((member) -> member.isActive() && member.kind() == CaseMember.Kind.LSE_WORKER)
			.forEach((member) -> member.end(today, "Casus gesloten"));
	}

	/** The case director reopens a closed case, with the reason; its team starts anew. */
	public void reopen(String reason) {
		require(CaseAction.REOPEN, false);
		RuleViolation.check(!reason.isBlank(), "reason", "Geef aan waarom de casus wordt heropend.");
		this.status = Status.OPEN;
		this.closedOn = null;
		this.closureReason = null;
	}

	/**
	 * From the first consultation or trajectory on, LSE's coordinator may know of the
	 * case (its metadata); never of the municipality's other cases.
	 */
	public void markLseWork() {
		this.lseWork = true;
	}

	public boolean hasLseWork() {
		return this.lseWork;
	}

	public @Nullable String closureReason() {
		return this.closureReason;
	}

	/**
	 * What this caller may do with the case as a whole: the actions their role allows
	 * whose rule holds now ({@link #refusal}, the rules the methods enforce).
	 * @param lseWorkOpen whether LSE still has a trajectory or consultation open on it
	 */
	public Set<CaseAction> allowedActions(CaseRole role, boolean lseWorkOpen) {
		return AllowedActions.of(CaseAction.class, (action) -> action.mayBeDoneBy(role),
				(action) -> refusal(action, lseWorkOpen));
	}

	/** Why the action cannot be done now, whoever asks; {@code null} when it can. */
	@Nullable RuleViolation refusal(CaseAction action, boolean lseWorkOpen) {
		return switch (action) {
			case END_MEMBER -> null;
			case REOPEN -> (this.status == Status.CLOSED) ? null : new RuleViolation("caseId", "Deze casus is open.");
			case CLOSE -> (this.status != Status.OPEN) ? new RuleViolation("caseId", "Deze casus is gesloten.")
					: lseWorkOpen ? new RuleViolation("caseId",
							"Het LSE heeft nog lopend werk op deze casus: rond dat eerst af of trek de opdracht in.")
							: null;
			case REASSESS, ADD_PERSON, ADD_MEMBER, REFER ->
				(this.status == Status.OPEN) ? null : new RuleViolation("caseId", "Deze casus is gesloten.");
		};
	}

	private void require(CaseAction action, boolean lseWorkOpen) {
		RuleViolation refused = refusal(action, lseWorkOpen);
		if (refused != null) {
			throw refused;
		}
	}

	/** Work on an open case only (reassessing, persons, team, referring). */
	public void requireOpen() {
		require(CaseAction.REFER, false);
	}

	public UUID id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public Severity severity() {
		return Severity.of(this.severity);
	}

	public SupportLevel supportLevel() {
		return this.supportLevel;
	}

	public Status status() {
		return this.status;
	}

	public LocalDate openedOn() {
		return this.openedOn;
	}

	public Subject openedBy() {
		return Subject.of(this.openedBy);
	}

	public @Nullable LocalDate closedOn() {
		return this.closedOn;
	}

	public long version() {
		return this.version;
	}

	public List<Person> persons() {
		return List.copyOf(this.persons);
	}

	public List<CaseMember> members() {
		return List.copyOf(this.members);
	}

}
