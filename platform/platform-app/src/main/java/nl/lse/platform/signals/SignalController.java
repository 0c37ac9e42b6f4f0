package nl.lse.platform.signals;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.lse.platform.casework.Severity;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.cases.SupportLevel;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.SubjectInput;
import nl.lse.platform.trajectories.TrajectoryKind;
import nl.lse.platform.web.Idempotency;
import nl.lse.platform.web.PageView;
import nl.lse.platform.web.Creates;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Signals: register, list, read, triage. */
@RestController
@RequestMapping("/api/v1/tenants/{tenant}/signals")
class SignalController {

	private final SignalService signals;

	private final Idempotency idempotency;

	SignalController(SignalService signals, Idempotency idempotency) {
		this.signals = signals;
		this.idempotency = idempotency;
	}

	@PostMapping
	@Creates(SignalView.class)
	ResponseEntity<?> register(@PathVariable String tenant, @Valid @RequestBody NewSignal request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return this.idempotency.create(key, "register-signal", request, () -> {
			Signal signal = this.signals.register(request.receivedOn(), request.description(), request.source(),
					(request.concerns() != null) ? request.concerns() : List.of(), Caller.current());
			return new Idempotency.Created<>(URI.create("/api/v1/tenants/" + tenant + "/signals/" + signal.id()),
					SignalView.of(signal, Caller.current()), Idempotency.shown(AuditObject.SIGNAL, signal.id(), null));
		});
	}

	@GetMapping
	PageView<SignalView> list(@RequestParam(defaultValue = "NEW") Signal.Status status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Page<Signal> found = this.signals.list(status, PageView.page(page), PageView.size(size), Caller.current());
		return PageView.of(found, (signal) -> SignalView.of(signal, Caller.current()));
	}

	@GetMapping("/{id}")
	SignalView read(@PathVariable UUID id) {
		return SignalView.of(this.signals.read(id, Caller.current()), Caller.current());
	}

	@PostMapping("/{id}/triage")
	SignalView triage(@PathVariable UUID id, @Valid @RequestBody TriageRequest request) {
		return SignalView.of(
				this.signals.triage(id, request.version(),
						new Triage(request.decision(), request.reason(), request.caseId(), request.severity(),
								request.supportLevel(), request.question(), request.trajectoryKind(),
								SubjectInput.ofNullable("lseWorker", request.lseWorker())),
						Caller.current()),
				Caller.current());
	}

	/**
	 * @param receivedOn when the worry reached the municipality
	 * @param description what was seen or heard
	 * @param source who reported it
	 * @param concerns codes of the concerns, e.g. {@code ONLINE_RADICALISATION}
	 */
	record NewSignal(@NotNull LocalDate receivedOn, @NotBlank @Size(max = 4000) String description,
			@NotNull Signal.Source source,
			@Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z_]{1,40}") String> concerns) {
	}

	record TriageRequest(@NotNull Triage.Decision decision, @Nullable @Size(max = 2000) String reason,
			@Nullable UUID caseId, @Nullable @Min(Severity.LOWEST) @Max(Severity.HIGHEST) Integer severity,
			@Nullable SupportLevel supportLevel, @Nullable @Size(max = 4000) String question,
			@Nullable TrajectoryKind trajectoryKind, @Nullable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String lseWorker,
			@NotNull Long version) {
	}

	record SignalView(UUID id, LocalDate receivedOn, String description, Signal.Source source, List<String> concerns,
			Signal.Status status, @Nullable String triageReason, @Nullable UUID caseId, @Nullable UUID consultationId,
			@Nullable UUID trajectoryId, long version) {

		/**
		 * What followed a signal is shown to the case director only, not to whoever
		 * reported it.
		 */
		static SignalView of(Signal signal, Caller caller) {
			boolean director = caller.isCaseDirector();
			return new SignalView(signal.id(), signal.receivedOn(), signal.description(), signal.source(),
					signal.concerns(), signal.status(), director ? signal.triageReason() : null,
					director ? signal.caseId() : null, director ? signal.consultationId() : null,
					director ? signal.trajectoryId() : null, signal.version());
		}

	}

}
