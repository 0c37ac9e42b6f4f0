package nl.lse.platform.consultations;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import nl.lse.platform.web.Creates;
import nl.lse.platform.web.Idempotency;
import nl.lse.platform.web.PageView;
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

/** Consultations: request, take, advise, close. */
@RestController
@RequestMapping("/api/v1/tenants/{tenant}/consultations")
class ConsultationController {

	private final ConsultationService consultations;

	private final Idempotency idempotency;

	ConsultationController(ConsultationService consultations, Idempotency idempotency) {
		this.consultations = consultations;
		this.idempotency = idempotency;
	}

	@PostMapping
	@Creates(ConsultationView.class)
	ResponseEntity<?> request(@PathVariable String tenant, @Valid @RequestBody NewConsultation request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return this.idempotency.create(key, "request-consultation", request, () -> {
			Consultation requested = this.consultations.request(request.caseId(), request.question(), Caller.current());
			return new Idempotency.Created<>(
					URI.create("/api/v1/tenants/" + tenant + "/consultations/" + requested.id()),
					ConsultationView.of(requested, true),
					Idempotency.shown(AuditObject.CONSULTATION, requested.id(), requested.caseId()));
		});
	}

	@GetMapping
	PageView<ConsultationView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Page<Consultation> found = this.consultations.list(PageView.page(page), PageView.size(size), Caller.current());
		return PageView.of(found, this::view);
	}

	@GetMapping("/{id}")
	ConsultationView read(@PathVariable UUID id) {
		return view(this.consultations.read(id, Caller.current()));
	}

	@PostMapping("/{id}/take")
	ConsultationView take(@PathVariable UUID id, @Valid @RequestBody Versioned request) {
		return view(this.consultations.take(id, request.version(), Caller.current()));
	}

	@PostMapping("/{id}/advice")
	ConsultationView advise(@PathVariable UUID id, @Valid @RequestBody Advice request) {
		return view(this.consultations.advise(id, request.version(), request.advice(), Caller.current()));
	}

	@PostMapping("/{id}/close")
	ConsultationView close(@PathVariable UUID id, @Valid @RequestBody Versioned request) {
		return view(this.consultations.close(id, request.version(), Caller.current()));
	}

	private ConsultationView view(Consultation found) {
		return ConsultationView.of(found, this.consultations.showsCase(found, Caller.current()));
	}

	/**
	 * @param caseId the case it is about; none for a general question
	 * @param question what the municipality asks
	 */
	record NewConsultation(@Nullable UUID caseId, @NotBlank @Size(max = 4000) String question) {
	}

	record Versioned(@NotNull Long version) {
	}

	record Advice(@NotBlank @Size(max = 8000) String advice, @NotNull Long version) {
	}

	record ConsultationView(UUID id, @Nullable UUID caseId, String question, Consultation.Status status,
			Instant requestedAt, @Nullable String lseWorker, @Nullable String advice, @Nullable Instant advisedAt,
			@Nullable Instant closedAt, Visibility visibility, long version, Set<ConsultationAction> allowedActions) {

		static ConsultationView of(Consultation found, boolean showCase) {
			Subject lseWorker = found.lseWorker();
			return new ConsultationView(found.id(), showCase ? found.caseId() : null, found.question(), found.status(),
					found.requestedAt(), (lseWorker != null) ? lseWorker.value() : null, found.advice(),
					found.advisedAt(), found.closedAt(), found.visibility(), found.version(),
					found.allowedActions(Caller.current()));
		}

	}

}
