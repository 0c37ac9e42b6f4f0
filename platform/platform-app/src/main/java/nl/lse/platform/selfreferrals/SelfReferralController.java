package nl.lse.platform.selfreferrals;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.web.Creates;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Self-referrals in LSE's own records, for LSE's workers and coordinators (anyone else:
 * 404). Outside every municipality's address: no municipality reaches them.
 */
@RestController
@RequestMapping("/api/v1/self-referrals")
class SelfReferralController {

	private final SelfReferralService referrals;

	SelfReferralController(SelfReferralService referrals) {
		this.referrals = referrals;
	}

	@PostMapping
	@Creates(SelfReferralView.class)
	ResponseEntity<SelfReferralView> register(@Valid @RequestBody NewSelfReferral request,
			Authentication authentication) {
		SelfReferral created = this.referrals.register(new SelfReferralService.Registration(request.municipality(),
				request.receivedOn(), request.contactName(), request.contactDetails(), request.note()),
				caller(authentication));
		return ResponseEntity.created(URI.create("/api/v1/self-referrals/" + created.id()))
			.body(SelfReferralView.of(created));
	}

	@GetMapping
	List<SelfReferralView> list(Authentication authentication) {
		return this.referrals.list(caller(authentication)).stream().map(SelfReferralView::of).toList();
	}

	@GetMapping("/figures")
	SelfReferralService.Figures figures(Authentication authentication) {
		return this.referrals.figures(caller(authentication));
	}

	/** The family agreed that the municipality is told: it moves there as a signal. */
	@PostMapping("/{id}/agreement")
	SelfReferralView agree(@PathVariable UUID id, @Valid @RequestBody Versioned request,
			Authentication authentication) {
		return SelfReferralView.of(this.referrals.agree(id, request.version(), caller(authentication)));
	}

	/** The family refused: general advice only; destroyed after the set period. */
	@PostMapping("/{id}/refusal")
	SelfReferralView refuse(@PathVariable UUID id, @Valid @RequestBody Versioned request,
			Authentication authentication) {
		return SelfReferralView.of(this.referrals.refuse(id, request.version(), caller(authentication)));
	}

	private static LseAuthentication caller(Authentication authentication) {
		return LseAuthentication.of(authentication)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record NewSelfReferral(@NotBlank @Pattern(regexp = "gm[0-9]{4}") String municipality,
			@NotNull @PastOrPresent LocalDate receivedOn, @NotBlank @Size(max = 200) String contactName,
			@NotBlank @Size(max = 200) String contactDetails, @Nullable @Size(max = 1000) String note) {
	}

	record Versioned(@NotNull Long version) {
	}

	/**
	 * A self-referral as LSE sees it; once moved, only its id, municipality and dates.
	 * The signal in the municipality has the same id.
	 */
	record SelfReferralView(UUID id, String municipality, LocalDate receivedOn, @Nullable String contactName,
			@Nullable String contactDetails, @Nullable String note, SelfReferral.Status status,
			@Nullable LocalDate decidedOn, @Nullable LocalDate destroyAfter, long version) {

		static SelfReferralView of(SelfReferral referral) {
			return new SelfReferralView(referral.id(), referral.municipality().code(), referral.receivedOn(),
					referral.contactName(), referral.contactDetails(), referral.note(), referral.status(),
					referral.decidedOn(), referral.destroyAfter(), referral.version());
		}

	}

}
