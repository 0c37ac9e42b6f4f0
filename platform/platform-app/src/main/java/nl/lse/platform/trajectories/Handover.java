package nl.lse.platform.trajectories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Overdracht: the trajectory handed over to the municipality or a named local partner,
 * with its checklist; complete once every item is done and the receiver has accepted.
 */
@Entity
@Table(name = "handover")
public class Handover {

	/** Who takes over. */
	public enum ReceiverKind {

		MUNICIPALITY, LOCAL_PARTNER

	}

	/** The checklist of a good handover. */
	public enum Item {

		WARM_HANDOVER_MEETING_HELD, FAMILY_INFORMED, FILE_TRANSFERRED, AFTERCARE_PARTNER_AGREED

	}

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private ReceiverKind receiverKind;

	private String receiver;

	private @Nullable UUID partnerOrganisationId;

	private LocalDate startedOn;

	private String startedBy;

	private @Nullable LocalDate warmHandoverHeldOn;

	private @Nullable LocalDate familyInformedOn;

	private @Nullable LocalDate fileTransferredOn;

	private @Nullable LocalDate aftercarePartnerAgreedOn;

	private @Nullable LocalDate acceptedOn;

	private @Nullable String acceptedBy;

	protected Handover() {
		this.id = UUID.randomUUID();
		this.receiverKind = ReceiverKind.MUNICIPALITY;
		this.receiver = "";
		this.startedOn = LocalDate.EPOCH;
		this.startedBy = "";
	}

	Handover(ReceiverKind receiverKind, String receiver, @Nullable UUID partnerOrganisationId, Subject startedBy,
			LocalDate today) {
		RuleViolation.check(!receiver.isBlank(), "receiver", "Noem aan wie het traject wordt overgedragen.");
		this.id = UUID.randomUUID();
		this.receiverKind = receiverKind;
		this.receiver = receiver.trim();
		this.partnerOrganisationId = partnerOrganisationId;
		this.startedOn = today;
		this.startedBy = startedBy.value();
	}

	void check(Item item, LocalDate on) {
		RuleViolation.check(this.acceptedOn == null, "handover", "De overdracht is al geaccepteerd.");
		RuleViolation.check(!on.isBefore(this.startedOn), "checklist",
				"Een punt van de checklist ligt voor het begin van de overdracht.");
		switch (item) {
			case WARM_HANDOVER_MEETING_HELD -> this.warmHandoverHeldOn = on;
			case FAMILY_INFORMED -> this.familyInformedOn = on;
			case FILE_TRANSFERRED -> this.fileTransferredOn = on;
			case AFTERCARE_PARTNER_AGREED -> this.aftercarePartnerAgreedOn = on;
		}
	}

	void accept(Subject by, LocalDate on) {
		RuleViolation.check(this.acceptedOn == null, "handover", "De overdracht is al geaccepteerd.");
		List<Item> open = open();
		RuleViolation.check(open.isEmpty(), "checklist",
				"De overdracht kan pas worden geaccepteerd als de checklist af is; open: " + open + ".");
		this.acceptedOn = on;
		this.acceptedBy = by.value();
	}

	List<Item> open() {
		List<Item> open = new ArrayList<>();
		if (this.warmHandoverHeldOn == null) {
			open.add(Item.WARM_HANDOVER_MEETING_HELD);
		}
		if (this.familyInformedOn == null) {
			open.add(Item.FAMILY_INFORMED);
		}
		if (this.fileTransferredOn == null) {
			open.add(Item.FILE_TRANSFERRED);
		}
		if (this.aftercarePartnerAgreedOn == null) {
			open.add(Item.AFTERCARE_PARTNER_AGREED);
		}
		return open;
	}

	public boolean isComplete() {
		return this.acceptedOn != null;
	}

	/** The receiving partner organisation, when it is one of the case team. */
	public @Nullable UUID partnerOrganisationId() {
		return this.partnerOrganisationId;
	}

	public ReceiverKind receiverKind() {
		return this.receiverKind;
	}

	public String receiver() {
		return this.receiver;
	}

	public LocalDate startedOn() {
		return this.startedOn;
	}

	public @Nullable LocalDate warmHandoverHeldOn() {
		return this.warmHandoverHeldOn;
	}

	public @Nullable LocalDate familyInformedOn() {
		return this.familyInformedOn;
	}

	public @Nullable LocalDate fileTransferredOn() {
		return this.fileTransferredOn;
	}

	public @Nullable LocalDate aftercarePartnerAgreedOn() {
		return this.aftercarePartnerAgreedOn;
	}

	public @Nullable LocalDate acceptedOn() {
		return this.acceptedOn;
	}

}
