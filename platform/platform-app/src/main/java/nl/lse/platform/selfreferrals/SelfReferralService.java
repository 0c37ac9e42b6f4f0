package nl.lse.platform.selfreferrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditOutcome;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.signals.SignalService;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantDirectory;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Self-referrals for LSE's workers and coordinators; anyone else is answered as if the
 * address did not exist. Work runs in LSE's own records; the move into a municipality is
 * two transactions, one per schema, keyed by the self-referral's id: the municipality's
 * signal is created once (a retry finds it), then LSE's copy gives up its contact
 * details. A move interrupted between the two is finished by
 * {@link #finishInterruptedMoves}.
 */
@Service
public class SelfReferralService {

	static final String HOUSEKEEPING = "lse-self-referrals";

	/** Who agreed, for a self-referral whose decision names no one. */
	private static final Subject SYSTEM = Subject.of("system");

	private static final Logger log = LoggerFactory.getLogger(SelfReferralService.class);

	private final SelfReferralRepository referrals;

	private final TenantTransactions tenants;

	private final SignalService signals;

	private final AuditTrail audit;

	private final TenantDirectory directory;

	private final SelfReferralProperties properties;

	private final Clock clock;

	SelfReferralService(SelfReferralRepository referrals, TenantTransactions tenants, SignalService signals,
			AuditTrail audit, TenantDirectory directory, SelfReferralProperties properties, Clock clock) {
		this.referrals = referrals;
		this.tenants = tenants;
		this.signals = signals;
		this.audit = audit;
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	/** What a new self-referral records: only what is needed to make contact. */
	public record Registration(String municipality, LocalDate receivedOn, String contactName, String contactDetails,
			@Nullable String note) {
	}

	/** National figures only: self-referrals are never counted per municipality. */
	public record Figures(long open, long refused, long moved) {
	}

	SelfReferral register(Registration registration, LseAuthentication caller) {
		requireLse(caller, null);
		TenantId municipality = municipalityInService(registration.municipality());
		return inLse(() -> {
			SelfReferral referral = this.referrals.save(new SelfReferral(municipality, registration.receivedOn(),
					registration.contactName(), registration.contactDetails(), registration.note(), caller.subjectId(),
					this.clock.instant(), today()));
			this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.SELF_REFERRAL, referral.id(), null));
			return referral;
		});
	}

	List<SelfReferral> list(LseAuthentication caller) {
		requireLse(caller, null);
		return inLse(() -> {
			List<SelfReferral> found = this.referrals.undecidedOrRefused();
			this.audit.record(AuditEvent.search(AuditObject.SELF_REFERRAL, List.of()));
			found.forEach((referral) -> this.audit
				.record(AuditEvent.of(AuditAction.READ, AuditObject.SELF_REFERRAL, referral.id(), null)));
			return found;
		});
	}

	Figures figures(LseAuthentication caller) {
		requireLse(caller, null);
		return inLse(() -> new Figures(this.referrals.countByStatus(SelfReferral.Status.OPEN),
				this.referrals.countByStatus(SelfReferral.Status.REFUSED),
				this.referrals.countByStatus(SelfReferral.Status.MOVED)));
	}

	/**
	 * The family agreed that the municipality is told: LSE's copy moves into the
	 * municipality's schema as a signal with the same id.
	 * @return the moved self-referral (without contact details now)
	 */
	SelfReferral agree(UUID id, long version, LseAuthentication caller) {
		requireLse(caller, id);
		SelfReferral agreed = inLse(() -> {
			SelfReferral referral = find(id);
			StaleVersion.check(version, referral.version());
			municipalityInService(referral.municipality().code());
			referral.agree(caller.subjectId(), today());
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.SELF_REFERRAL, id, null));
			return this.referrals.saveAndFlush(referral);
		});
		return move(agreed, null);
	}

	SelfReferral refuse(UUID id, long version, LseAuthentication caller) {
		requireLse(caller, id);
		return inLse(() -> {
			SelfReferral referral = find(id);
			StaleVersion.check(version, referral.version());
			referral.refuse(caller.subjectId(), today(), this.properties.keepRefusedFor());
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.SELF_REFERRAL, id, null));
			return this.referrals.saveAndFlush(referral);
		});
	}

	/**
	 * The housekeeping round: finishes interrupted moves and destroys refused
	 * self-referrals whose period has passed. Both are idempotent, so two replicas doing
	 * it at once do no harm.
	 */
	void housekeeping() {
		int moved = finishInterruptedMoves();
		int destroyed = destroyExpired();
		if (moved + destroyed > 0) {
			log.info("Self-referrals: {} interrupted moves finished, {} refused ones destroyed", moved, destroyed);
		}
	}

	/**
	 * Moves that stopped between the two schemas (a crash, a municipality in
	 * maintenance).
	 */
	public int finishInterruptedMoves() {
		List<SelfReferral> moving = inLse(() -> this.referrals.findByStatus(SelfReferral.Status.MOVING));
		int finished = 0;
		for (SelfReferral referral : moving) {
			try {
				move(referral, HOUSEKEEPING);
				finished++;
			}
			catch (RuntimeException ex) {
				log.warn("Self-referral {} could not be moved to {} yet: {}", referral.id(), referral.municipality(),
						ex.getMessage());
			}
		}
		return finished;
	}

	/** Destroys what the family refused to pass on once its period has passed. */
	public int destroyExpired() {
		LocalDate today = today();
		return inLse(() -> {
			List<SelfReferral> due = this.referrals.findByStatus(SelfReferral.Status.REFUSED)
				.stream()
				.filter((referral) -> referral.isDueForDestruction(today))
				.toList();
			for (SelfReferral referral : due) {
				this.referrals.delete(referral);
				this.audit.recordBySystem(
						AuditEvent.of(AuditAction.DELETE, AuditObject.SELF_REFERRAL, referral.id(), null),
						HOUSEKEEPING);
			}
			return due.size();
		});
	}

	private SelfReferral move(SelfReferral agreed, @Nullable String systemJob) {
		String description = agreed.signalDescription();
		Subject decidedBy = agreed.decidedBy();
		Subject agreedBy = (decidedBy != null) ? decidedBy : SYSTEM;
		this.tenants.inTenant(agreed.municipality(), (status) -> this.signals.receiveSelfReferral(agreed.id(),
				agreed.receivedOn(), description, agreedBy, systemJob));
		return inLse(() -> {
			SelfReferral referral = find(agreed.id());
			referral.moved(this.clock.instant());
			AuditEvent moved = AuditEvent.of(AuditAction.UPDATE, AuditObject.SELF_REFERRAL, referral.id(), null);
			if (systemJob != null) {
				this.audit.recordBySystem(moved, systemJob);
			}
			else {
				this.audit.record(moved);
			}
			return this.referrals.saveAndFlush(referral);
		});
	}

	/** Inside LSE's transaction; an unknown id is refused, and the refusal kept. */
	private SelfReferral find(UUID id) {
		return this.referrals.findById(id).orElseThrow(() -> {
			this.audit.recordDenial(AuditEvent.denied(AuditObject.SELF_REFERRAL, id));
			return new ResponseStatusException(HttpStatus.NOT_FOUND);
		});
	}

	private TenantId municipalityInService(String code) {
		if (!TenantId.isValid(code)) {
			throw new RuleViolation("municipality", "Kies de gemeente waar de familie woont.");
		}
		Tenant tenant = this.directory.find(TenantId.of(code))
			.filter((found) -> found.status() == TenantStatus.ACTIVE && !found.maintenance())
			.orElseThrow(() -> new RuleViolation("municipality",
					"Deze gemeente werkt (nu) niet met het platform; kies een andere of probeer het later."));
		return tenant.id();
	}

	private <T> T inLse(Supplier<T> work) {
		return this.tenants.inTenant(TenantId.LSE, (status) -> work.get());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * LSE's workers and coordinators only; anyone else is answered as if the address did
	 * not exist, and the refusal is in LSE's trail.
	 */
	private void requireLse(LseAuthentication caller, @Nullable UUID id) {
		if (!caller.has(LseRole.LSE_WORKER) && !caller.has(LseRole.LSE_COORDINATOR)) {
			inLse(() -> this.audit.record(new AuditEvent(AuditAction.DENY, AuditOutcome.NOT_FOUND,
					AuditObject.SELF_REFERRAL, id, null, List.of(), null)));
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
