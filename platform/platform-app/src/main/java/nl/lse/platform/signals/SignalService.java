package nl.lse.platform.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.cases.Case;
import nl.lse.platform.cases.CaseService;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;
import nl.lse.platform.consultations.ConsultationService;
import nl.lse.platform.trajectories.TrajectoryService;
import nl.lse.platform.identity.Subject;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and triaging signals. Anyone working in the tenant may register one; the
 * case director sees and triages them all; others see the ones they registered.
 */
@Service
public class SignalService {

	private final SignalRepository signals;

	private final CaseService cases;

	private final ConsultationService consultations;

	private final TrajectoryService trajectories;

	private final AuditTrail audit;

	private final Clock clock;

	SignalService(SignalRepository signals, CaseService cases, ConsultationService consultations,
			TrajectoryService trajectories, AuditTrail audit, Clock clock) {
		this.signals = signals;
		this.cases = cases;
		this.consultations = consultations;
		this.trajectories = trajectories;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Signal register(LocalDate receivedOn, String description, Signal.Source source, List<String> concerns,
			Caller caller) {
		Signal signal = this.signals.save(new Signal(receivedOn, description, source, concerns, caller.subject(),
				this.clock.instant(), LocalDate.now(this.clock)));
		this.audit.record(AuditEvent.of(AuditAction.CREATE, AuditObject.SIGNAL, signal.id(), null));
		return signal;
	}

	/**
	 * Receives a self-referral from LSE's own records into the current municipality, as a
	 * new signal for the case director to triage; a second call for the same id finds the
	 * first and changes nothing (the move is retried until both sides are done).
	 * @param systemJob the job that retries an interrupted move, or {@code null} when the
	 * calling LSE worker is the actor
	 * @return whether the signal was created now
	 */
	@Transactional
	public boolean receiveSelfReferral(UUID id, LocalDate receivedOn, String description, Subject agreedBy,
			@Nullable String systemJob) {
		if (this.signals.existsById(id)) {
			return false;
		}
		this.signals.save(Signal.fromSelfReferral(id, receivedOn, description, agreedBy, this.clock.instant()));
		AuditEvent created = AuditEvent.of(AuditAction.CREATE, AuditObject.SIGNAL, id, null);
		if (systemJob != null) {
			this.audit.recordBySystem(created, systemJob);
		}
		else {
			this.audit.record(created);
		}
		return true;
	}

	@Transactional
	Signal read(UUID id, Caller caller) {
		Signal signal = visible(id, caller);
		this.audit.record(AuditEvent.of(AuditAction.READ, AuditObject.SIGNAL, id, signal.caseId()));
		return signal;
	}

	@Transactional
	public Page<Signal> list(Signal.Status status, int page, int size, Caller caller) {
		Pageable pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id")));
		Page<Signal> found = caller.isCaseDirector() ? this.signals.findByStatus(status, pageable)
				: this.signals.findByRegisteredByAndStatus(caller.subject().value(), status, pageable);
		this.audit.record(AuditEvent.search(AuditObject.SIGNAL,
				found.stream().map(Signal::caseId).filter(Objects::nonNull).distinct().toList()));
		return found;
	}

	@Transactional
	Signal triage(UUID id, long version, Triage triage, Caller caller) {
		Signal signal = visible(id, caller);
		caller.requireCaseDirector(AuditEvent.refused(AuditObject.SIGNAL, id, null));
		StaleVersion.check(version, signal.version());
		if (triage.decision() == Triage.Decision.NO_ACTION) {
			signal.dismiss(Objects.requireNonNullElse(triage.reason(), ""), caller.subject(), this.clock.instant());
		}
		else {
			UUID caseId = caseFor(triage, caller);
			if (triage.decision() == Triage.Decision.CONSULTATION) {
				RuleViolation.check(triage.question() != null && !triage.question().isBlank(), "question",
						"Stel de vraag voor de consultatie.");
				UUID consultation = this.consultations.request(caseId, triage.question(), caller).id();
				signal.followUp(caseId, consultation, null, triage.reason(), caller.subject(), this.clock.instant());
			}
			else {
				RuleViolation.check(triage.trajectoryKind() != null, "trajectoryKind",
						"Kies familiebegeleiding of individuele begeleiding.");
				boolean selfReferral = signal.source() == Signal.Source.FAMILY_SELF_REFERRAL;
				UUID trajectory = this.trajectories
					.refer(caseId, triage.trajectoryKind(), selfReferral, triage.lseWorker(), caller)
					.id();
				signal.followUp(caseId, null, trajectory, triage.reason(), caller.subject(), this.clock.instant());
			}
		}
		Signal saved = this.signals.saveAndFlush(signal);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.SIGNAL, id, saved.caseId()));
		return saved;
	}

	private UUID caseFor(Triage triage, Caller caller) {
		if (triage.caseId() != null) {
			Case joined = this.cases.read(triage.caseId(), caller).item();
			joined.requireOpen();
			return joined.id();
		}
		RuleViolation.check(triage.severity() != null, "severity", "Geef de ernst (1 tot 4) van de nieuwe casus.");
		RuleViolation.check(triage.supportLevel() != null, "supportLevel",
				"Geef het ondersteuningsniveau van de nieuwe casus.");
		return this.cases.open(Severity.of(triage.severity()), triage.supportLevel(), caller).id();
	}

	private Signal visible(UUID id, Caller caller) {
		return this.signals.findById(id)
			.filter((signal) -> caller.isCaseDirector() || caller.subject().equals(signal.registeredBy()))
			.orElseThrow(() -> new NotFound(AuditEvent.denied(AuditObject.SIGNAL, id)));
	}

}
