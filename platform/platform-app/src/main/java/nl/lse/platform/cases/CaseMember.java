package nl.lse.platform.cases;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/** One member of a case team, with a role on the case, a reason and a period. */
@Entity
@Table(name = "case_member")
public class CaseMember {

	/** What kind of member. */
	public enum Kind {

		CASE_DIRECTOR, MUNICIPALITY_STAFF, CHAIN_PARTNER, LSE_WORKER,
		/**
		 * The LSE worker who answers a consultation about the case: sees the case's
		 * metadata, not its content, while the consultation runs.
		 */
		ADVISER

	}

	/**
	 * Grondslag: on what ground a member shares in the case. Withdrawing the family's
	 * consent ends the memberships that rest on it, not the others.
	 */
	public enum Basis {

		/** The family's consent. */
		CONSENT,
		/** A legal task (the municipality's, or LSE's on its commission). */
		LEGAL_TASK,
		/** A covenant, such as that of the Zorg- en Veiligheidshuis. */
		COVENANT

	}

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private Basis basis;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private @Nullable String subject;

	private @Nullable UUID partnerOrganisationId;

	private String roleOnCase;

	private String reason;

	private LocalDate startDate;

	private @Nullable LocalDate endDate;

	private @Nullable String endReason;

	protected CaseMember() {
		this.id = UUID.randomUUID();
		this.kind = Kind.LSE_WORKER;
		this.basis = Basis.LEGAL_TASK;
		this.roleOnCase = "";
		this.reason = "";
		this.startDate = LocalDate.EPOCH;
	}

	CaseMember(Kind kind, Basis basis, @Nullable Subject subject, @Nullable UUID partnerOrganisationId,
			String roleOnCase, String reason, LocalDate startDate) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.basis = basis;
		this.subject = (subject != null) ? subject.value() : null;
		this.partnerOrganisationId = partnerOrganisationId;
		this.roleOnCase = roleOnCase;
		this.reason = reason;
		this.startDate = startDate;
	}

	boolean isActive(Kind kind, Subject subject) {
		return isActive() && this.kind == kind && subject.value().equals(this.subject);
	}

	boolean isActiveFor(UUID partnerOrganisation) {
		return isActive() && this.kind == Kind.CHAIN_PARTNER && partnerOrganisation.equals(this.partnerOrganisationId);
	}

	boolean isActive() {
		return this.endDate == null;
	}

	void end(LocalDate on, String reason) {
		this.endDate = on.isBefore(this.startDate) ? this.startDate : on;
		this.endReason = reason;
	}

	public UUID id() {
		return this.id;
	}

	public Kind kind() {
		return this.kind;
	}

	public Basis basis() {
		return this.basis;
	}

	public @Nullable Subject subject() {
		return (this.subject != null) ? Subject.of(this.subject) : null;
	}

	public @Nullable UUID partnerOrganisationId() {
		return this.partnerOrganisationId;
	}

	public @Nullable String endReason() {
		return this.endReason;
	}

	public String roleOnCase() {
		return this.roleOnCase;
	}

	public String reason() {
		return this.reason;
	}

	public LocalDate startDate() {
		return this.startDate;
	}

	public @Nullable LocalDate endDate() {
		return this.endDate;
	}

}
