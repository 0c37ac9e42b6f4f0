package nl.lse.platform.cases;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.lse.platform.audit.AccessLog;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.Severity;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.SubjectInput;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.web.Creates;
import nl.lse.platform.web.Idempotency;
import nl.lse.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases, their persons and who saw them. */
@RestController
@RequestMapping("/api/v1/tenants/{tenant}/cases")
class CaseController {

	private final CaseService cases;

	private final Idempotency idempotency;

	private final PartnerAffiliations affiliations;

	CaseController(CaseService cases, Idempotency idempotency, PartnerAffiliations affiliations) {
		this.cases = cases;
		this.idempotency = idempotency;
		this.affiliations = affiliations;
	}

	@PostMapping
	@Creates(CaseView.class)
	ResponseEntity<?> open(@PathVariable String tenant, @Valid @RequestBody OpenCase request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return this.idempotency.create(key, "open-case", request, () -> {
			Case opened = this.cases.open(Severity.of(request.severity()), request.supportLevel(), Caller.current());
			return new Idempotency.Created<>(URI.create("/api/v1/tenants/" + tenant + "/cases/" + opened.id()),
					view(new Seen<>(opened, Sight.MUNICIPALITY)),
					Idempotency.shown(AuditObject.CASE, opened.id(), opened.id()));
		});
	}

	@GetMapping
	PageView<CaseSummary> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Page<Case> found = this.cases.list(PageView.page(page), PageView.size(size), Caller.current());
		return PageView.of(found, CaseSummary::of);
	}

	@GetMapping("/{id}")
	CaseView read(@PathVariable UUID id) {
		return view(this.cases.read(id, Caller.current()));
	}

	@PutMapping("/{id}/assessment")
	CaseView reassess(@PathVariable UUID id, @Valid @RequestBody Assessment request) {
		return view(this.cases.reassess(id, request.version(), Severity.of(request.severity()), request.supportLevel(),
				Caller.current()));
	}

	@PostMapping("/{id}/persons")
	@Creates(PersonView.class)
	ResponseEntity<?> addPerson(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @RequestBody NewPerson request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return this.idempotency.create(key, "add-person:" + id, request, () -> {
			Person person = this.cases.addPerson(id, request.role(), request.name(), request.yearOfBirth(),
					request.contact(),
					(request.visibility() != null) ? request.visibility() : Visibility.MUNICIPALITY_AND_LSE,
					Caller.current());
			return new Idempotency.Created<>(URI.create("/api/v1/tenants/" + tenant + "/cases/" + id),
					PersonView.of(person), Idempotency.shown(AuditObject.PERSON, person.id(), id));
		});
	}

	@PostMapping("/{id}/team")
	@Creates(MemberView.class)
	ResponseEntity<?> addMember(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @RequestBody NewMember request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		// the registry is only asked for the case director: anyone else is refused by the
		// service
		if (request.partnerOrganisationId() != null && Caller.current().isCaseDirector()
				&& this.affiliations.organisation(request.partnerOrganisationId()).isEmpty()) {
			throw new RuleViolation("partnerOrganisationId",
					"Deze ketenpartnerorganisatie staat niet in het register.");
		}
		return this.idempotency.create(key, "add-member:" + id, request, () -> {
			CaseMember member = this.cases.addMember(id, request.kind(), request.basis(),
					SubjectInput.ofNullable("subject", request.subject()), request.partnerOrganisationId(),
					request.roleOnCase(), request.reason(), request.startDate(), Caller.current());
			return new Idempotency.Created<>(URI.create("/api/v1/tenants/" + tenant + "/cases/" + id),
					MemberView.of(member), Idempotency.shown(AuditObject.CASE_TEAM, member.id(), id));
		});
	}

	@PostMapping("/{id}/team/{memberId}/end")
	CaseView endMember(@PathVariable UUID id, @PathVariable UUID memberId, @Valid @RequestBody EndMembership request) {
		return view(this.cases.endMember(id, memberId, request.endDate(), request.reason(), Caller.current()));
	}

	@PostMapping("/{id}/closure")
	CaseView close(@PathVariable UUID id, @Valid @RequestBody Decision request) {
		return view(this.cases.close(id, request.version(), request.reason(), Caller.current()));
	}

	@PostMapping("/{id}/reopening")
	CaseView reopen(@PathVariable UUID id, @Valid @RequestBody Decision request) {
		return view(this.cases.reopen(id, request.version(), request.reason(), Caller.current()));
	}

	/** The case as the caller may see it, with what they may do next. */
	private CaseView view(Seen<Case> seen) {
		return CaseView.of(seen, this.cases.allowedActions(seen, Caller.current()));
	}

	@GetMapping("/{id}/access-log")
	PageView<AccessLog.Entry> accessLog(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		AccessLog.Page log = this.cases.accessLog(id, PageView.page(page), PageView.size(size), Caller.current());
		return new PageView<>(log.entries(), log.page(), log.size(), log.total());
	}

	record OpenCase(@NotNull @Min(Severity.LOWEST) @Max(Severity.HIGHEST) Integer severity,
			@NotNull SupportLevel supportLevel) {
	}

	record Assessment(@NotNull @Min(Severity.LOWEST) @Max(Severity.HIGHEST) Integer severity,
			@NotNull SupportLevel supportLevel, @NotNull Long version) {
	}

	record NewPerson(@NotNull PersonRole role, @NotBlank @Size(max = 200) String name,
			@Nullable @Min(1900) @Max(2100) Integer yearOfBirth, @Nullable @Size(max = 500) String contact,
			@Nullable Visibility visibility) {
	}

	record CaseSummary(UUID id, String reference, int severity, SupportLevel supportLevel, Case.Status status,
			LocalDate openedOn) {

		static CaseSummary of(Case found) {
			return new CaseSummary(found.id(), found.reference(), found.severity().level(), found.supportLevel(),
					found.status(), found.openedOn());
		}

	}

	/**
	 * @param closureReason why the case director closed it (the municipality and LSE
	 * only)
	 * @param persons the persons whose records the caller may see
	 * @param team the case team, to whoever may see the case's content
	 */
	record CaseView(UUID id, String reference, int severity, SupportLevel supportLevel, Case.Status status,
			LocalDate openedOn, @Nullable LocalDate closedOn, @Nullable String closureReason, long version,
			List<PersonView> persons, List<MemberView> team, Set<CaseAction> allowedActions) {

		static CaseView of(Seen<Case> seen, Set<CaseAction> allowedActions) {
			Case found = seen.item();
			return new CaseView(found.id(), found.reference(), found.severity().level(), found.supportLevel(),
					found.status(), found.openedOn(), found.closedOn(),
					Visibility.MUNICIPALITY_AND_LSE.visibleAt(seen.sight()) ? found.closureReason() : null,
					found.version(),
					found.persons()
						.stream()
						.filter((person) -> person.visibility().visibleAt(seen.sight()))
						.map(PersonView::of)
						.toList(),
					seen.sight().seesContent() ? found.members().stream().map(MemberView::of).toList() : List.of(),
					allowedActions);
		}

	}

	record PersonView(UUID id, PersonRole role, String name, @Nullable Integer yearOfBirth, @Nullable String contact,
			Visibility visibility) {

		static PersonView of(Person person) {
			return new PersonView(person.id(), person.role(), person.name(), person.yearOfBirth(), person.contact(),
					person.visibility());
		}

	}

	/**
	 * @param kind what kind of member
	 * @param subject Keycloak subject of a person on the case
	 * @param partnerOrganisationId registry id of a chain partner organisation on the
	 * case
	 * @param roleOnCase the member's role on this case
	 * @param reason why they are on it
	 * @param basis on what ground: the family's consent, a legal task or a covenant
	 */
	record NewMember(@NotNull CaseMember.Kind kind, @NotNull CaseMember.Basis basis,
			@Nullable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String subject, @Nullable UUID partnerOrganisationId,
			@NotBlank @Size(max = 100) String roleOnCase, @NotBlank @Size(max = 500) String reason,
			@Nullable LocalDate startDate) {
	}

	/**
	 * The case director's closing or reopening of a case.
	 *
	 * @param reason why
	 * @param version the version of the case it is based on
	 */
	record Decision(@NotBlank @Size(max = 2000) String reason, @NotNull Long version) {
	}

	record EndMembership(@NotBlank @Size(max = 500) String reason, @Nullable LocalDate endDate) {
	}

	record MemberView(UUID id, CaseMember.Kind kind, CaseMember.Basis basis, @Nullable String subject,
			@Nullable UUID partnerOrganisationId, String roleOnCase, String reason, LocalDate startDate,
			@Nullable LocalDate endDate, @Nullable String endReason) {

		static MemberView of(CaseMember member) {
			Subject subject = member.subject();
			return new MemberView(member.id(), member.kind(), member.basis(),
					(subject != null) ? subject.value() : null, member.partnerOrganisationId(), member.roleOnCase(),
					member.reason(), member.startDate(), member.endDate(), member.endReason());
		}

	}

}
