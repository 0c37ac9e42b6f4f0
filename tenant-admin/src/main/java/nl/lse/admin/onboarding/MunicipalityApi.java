package nl.lse.admin.onboarding;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/municipalities}: onboard a municipality (202, then follow its
 * progress), list them, run a stopped onboarding again. For {@code lse-admin} only.
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities")
class MunicipalityApi {

	private final Municipalities municipalities;

	private final BulkOnboarding bulk;

	MunicipalityApi(Municipalities municipalities, BulkOnboarding bulk) {
		this.municipalities = municipalities;
		this.bulk = bulk;
	}

	/**
	 * Many at once: a CSV body ({@code code;name;retention years;director name;director
	 * e-mail}), a result per line.
	 */
	@PostMapping(path = "/bulk", consumes = "text/csv")
	ResponseEntity<?> bulk(java.io.InputStream body, Authentication caller) throws java.io.IOException {
		// never more than the limit in memory, whatever the client sends
		byte[] csv = body.readNBytes(BulkOnboarding.MAX_BYTES + 1);
		if (csv.length > BulkOnboarding.MAX_BYTES) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
						"Het bestand is te groot (hoogstens 1 MB)."));
		}
		return ResponseEntity
			.ok(this.bulk.submit(new java.io.StringReader(BulkOnboarding.text(csv)), caller.getName()));
	}

	@PostMapping
	ResponseEntity<MunicipalityView> onboard(@Valid @RequestBody MunicipalityRequest request, Authentication caller) {
		MunicipalityView view = this.municipalities.start(request, caller.getName());
		return ResponseEntity.accepted().location(URI.create("/api/v1/admin/municipalities/" + view.code())).body(view);
	}

	@GetMapping
	List<MunicipalityView> list() {
		return this.municipalities.all();
	}

	@GetMapping("/{code}")
	ResponseEntity<?> get(@PathVariable String code) {
		return this.municipalities.find(code)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> notFound(code));
	}

	@PostMapping("/{code}/retry")
	ResponseEntity<?> retry(@PathVariable String code, Authentication caller) {
		return this.municipalities.retry(code, caller.getName())
			.<ResponseEntity<?>>map((view) -> ResponseEntity.accepted()
				.location(URI.create("/api/v1/admin/municipalities/" + view.code()))
				.body(view))
			.orElseGet(() -> notFound(code));
	}

	private static ResponseEntity<ProblemDetail> notFound(String code) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Er is geen onboarding van deze gemeente.");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
