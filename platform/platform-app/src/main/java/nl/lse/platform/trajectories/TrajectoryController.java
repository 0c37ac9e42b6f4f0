package nl.lse.platform.trajectories;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.Seen;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.SubjectInput;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import nl.lse.platform.trajectories.TrajectoryView.ConsentView;
import nl.lse.platform.trajectories.TrajectoryView.ContactView;
import nl.lse.platform.trajectories.TrajectoryView.PlanView;
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

/**
 * Trajectories: referral, commission, intake, consent, action plan, support, contacts.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenant}")
class TrajectoryController {

	private final TrajectoryService trajectories;

	private final Idempotency idempotency;

	TrajectoryController(TrajectoryService trajectories, Idempotency idempotency) {
		this.trajectories = trajectories;
		this.idempotency = idempotency;
	}

	@PostMapping("/cases/{caseId}/trajectories")
	@Creates(TrajectoryView.class)
	ResponseEntity<?> refer(@PathVariable String tenant, @PathVariable UUID caseId,
			@Valid @RequestBody Referral request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return this.idempotency.create(key, "refer:" + caseId, request, () -> {
			Trajectory referred = this.trajectories.refer(caseId, request.kind(),
					Boolean.TRUE.equals(request.selfReferral()),
					SubjectInput.ofNullable("lseWorker", request.lseWorker()), Caller.current());
			return new Idempotency.Created<>(URI.create("/api/v1/tenants/" + tenant + "/trajectories/" + referred.id()),
					TrajectoryView.of(referred, Sight.MUNICIPALITY, Caller.current()),
					Idempotency.shown(AuditObject.TRAJECTORY, referred.id(), referred.caseId()));
		});
	}

	@GetMapping("/trajectories")
	PageView<TrajectorySummary> list(@RequestParam(required = false) @Nullable UUID caseId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Page<Trajectory> found = this.trajectories.list(caseId, PageView.page(page), PageView.size(size),
				Caller.current());
		return PageView.of(found, TrajectorySummary::of);
	}

	@GetMapping("/trajectories/{id}")
	TrajectoryView read(@PathVariable UUID id) {
		return view(this.trajectories.read(id, Caller.current()));
	}

	@PostMapping("/trajectories/{id}/commission")
	TrajectoryView commission(@PathVariable UUID id, @Valid @RequestBody Versioned request) {
		return view(this.trajectories.commission(id, request.version(), Caller.current()));
	}

	@PostMapping("/trajectories/{id}/commission-withdrawal")
	TrajectoryView withdrawCommission(@PathVariable UUID id, @Valid @RequestBody Closure request) {
		return view(this.trajectories.withdrawCommission(id, request.version(),
				(request.reason() != null) ? request.reason() : "", Caller.current()));
	}

	@PutMapping("/trajectories/{id}/lse-worker")
	TrajectoryView assign(@PathVariable UUID id, @Valid @RequestBody WorkerAssignment request) {
		return view(this.trajectories.assign(id, request.version(), SubjectInput.of("lseWorker", request.lseWorker()),
				Caller.current()));
	}

	@PostMapping("/trajectories/{id}/intake")
	TrajectoryView startIntake(@PathVariable UUID id, @Valid @RequestBody Versioned request) {
		return view(this.trajectories.startIntake(id, request.version(), Caller.current()));
	}

	@PutMapping("/trajectories/{id}/help-questions")
	TrajectoryView helpQuestions(@PathVariable UUID id, @Valid @RequestBody HelpQuestions request) {
		return view(
				this.trajectories.recordHelpQuestions(id, request.version(), request.questions(), Caller.current()));
	}

	@PutMapping("/trajectories/{id}/help-questions/{number}")
	TrajectoryView updateHelpQuestion(@PathVariable UUID id, @PathVariable int number,
			@Valid @RequestBody HelpQuestionProgress request) {
		return view(this.trajectories.updateHelpQuestion(id, request.version(), number, request.status(),
				request.reason(), Caller.current()));
	}

	@PostMapping("/trajectories/{id}/consents")
	@Creates(ConsentView.class)
	ResponseEntity<?> recordConsent(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @RequestBody NewConsent request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return this.idempotency.create(key, "consent:" + id, request, () -> {
			Consent consent = this.trajectories.recordConsent(id, request.personId(),
					(request.capacity() != null) ? request.capacity() : Consent.Capacity.SELF, request.givenByName(),
					request.scope(), request.givenOn(), Caller.current());
			return new Idempotency.Created<>(URI.create("/api/v1/tenants/" + tenant + "/trajectories/" + id),
					ConsentView.of(consent),
					Idempotency.shown(AuditObject.CONSENT, consent.id(), this.trajectories.caseOf(id)));
		});
	}

	@PostMapping("/trajectories/{id}/consents/{consentId}/withdrawal")
	TrajectoryView withdrawConsent(@PathVariable UUID id, @PathVariable UUID consentId,
			@Valid @RequestBody Withdrawal request) {
		return view(this.trajectories.withdrawConsent(id, consentId, request.withdrawnOn(), Caller.current()));
	}

	@PostMapping("/trajectories/{id}/planning")
	TrajectoryView startPlanning(@PathVariable UUID id, @Valid @RequestBody Versioned request) {
		return view(this.trajectories.startPlanning(id, request.version(), Caller.current()));
	}

	@PostMapping("/trajectories/{id}/action-plans")
	@Creates(PlanView.class)
	ResponseEntity<?> draftPlan(@PathVariable String tenant, @PathVariable UUID id, @Valid @RequestBody NewPlan request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return this.idempotency.create(key, "plan:" + id, request, () -> {
			ActionPlan plan = this.trajectories.draftPlan(id,
					request.goals().stream().map(ActionPlan.Goal::new).toList(),
					request.actions()
						.stream()
						.map((action) -> new ActionPlan.Action(action.goalNumber(), action.description(),
								action.owner(), action.dueOn()))
						.toList(),
					(request.visibility() != null) ? request.visibility() : Visibility.MUNICIPALITY_AND_LSE,
					Caller.current());
			return new Idempotency.Created<>(URI.create("/api/v1/tenants/" + tenant + "/trajectories/" + id),
					PlanView.of(plan),
					Idempotency.shown(AuditObject.ACTION_PLAN, plan.id(), this.trajectories.caseOf(id)));
		});
	}

	@PostMapping("/trajectories/{id}/action-plans/{number}/agreement")
	TrajectoryView agreePlan(@PathVariable UUID id, @PathVariable int number, @Valid @RequestBody Agreement request) {
		return view(this.trajectories.agreePlan(id, request.version(), number, request.agreedOn(), request.agreedWith(),
				Caller.current()));
	}

	@PostMapping("/trajectories/{id}/support")
	TrajectoryView startSupport(@PathVariable UUID id, @Valid @RequestBody SupportStart request) {
		return view(this.trajectories.startSupport(id, request.version(), request.endsOn(), Caller.current()));
	}

	@PostMapping("/trajectories/{id}/evaluations")
	TrajectoryView evaluate(@PathVariable UUID id, @Valid @RequestBody NewEvaluation request) {
		return view(this.trajectories.evaluatePlan(id, request.version(), request.evaluatedOn(), request.summary(),
				Caller.current()));
	}

	@PostMapping("/trajectories/{id}/contacts")
	@Creates(ContactView.class)
	ResponseEntity<?> logContact(@PathVariable String tenant, @PathVariable UUID id,
			@Valid @RequestBody NewContact request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return this.idempotency.create(key, "contact:" + id, request, () -> {
			Contact contact = this.trajectories.logContact(id, request.contactOn(), request.kind(), request.withWhom(),
					request.summary(),
					(request.visibility() != null) ? request.visibility() : Visibility.MUNICIPALITY_AND_LSE,
					Caller.current());
			return new Idempotency.Created<>(
					URI.create("/api/v1/tenants/" + tenant + "/trajectories/" + id + "/contacts"),
					ContactView.of(contact),
					Idempotency.shown(AuditObject.CONTACT, contact.id(), this.trajectories.caseOf(id)));
		});
	}

	@PostMapping("/trajectories/{id}/handover")
	TrajectoryView startHandover(@PathVariable UUID id, @Valid @RequestBody NewHandover request) {
		return view(this.trajectories.startHandover(id, request.version(), request.receiverKind(), request.receiver(),
				request.partnerOrganisationId(), request.startedOn(), Caller.current()));
	}

	@PutMapping("/trajectories/{id}/handover/checklist")
	TrajectoryView checkHandover(@PathVariable UUID id, @Valid @RequestBody Checklist request) {
		Map<Handover.Item, LocalDate> done = new EnumMap<>(Handover.Item.class);
		putIfSet(done, Handover.Item.WARM_HANDOVER_MEETING_HELD, request.warmHandoverMeetingHeldOn());
		putIfSet(done, Handover.Item.FAMILY_INFORMED, request.familyInformedOn());
		putIfSet(done, Handover.Item.FILE_TRANSFERRED, request.fileTransferredOn());
		putIfSet(done, Handover.Item.AFTERCARE_PARTNER_AGREED, request.aftercarePartnerAgreedOn());
		return view(this.trajectories.checkHandover(id, request.version(), done, Caller.current()));
	}

	@PostMapping("/trajectories/{id}/handover/acceptance")
	TrajectoryView acceptHandover(@PathVariable UUID id, @Valid @RequestBody Acceptance request) {
		return view(this.trajectories.acceptHandover(id, request.version(), request.acceptedOn(), Caller.current()));
	}

	@PostMapping("/trajectories/{id}/aftercare")
	TrajectoryView agreeAftercare(@PathVariable UUID id, @Valid @RequestBody AftercareAgreement request) {
		return view(this.trajectories.agreeAftercare(id, request.version(), request.contactKind(), request.startsOn(),
				request.endsOn(), request.frequencyDays(), request.frequencyReason(), request.localPartner(),
				Caller.current()));
	}

	@PostMapping("/trajectories/{id}/aftercare/contacts")
	TrajectoryView recordAftercareContact(@PathVariable UUID id, @Valid @RequestBody AftercareContactDone request) {
		return view(this.trajectories.recordAftercareContact(id, request.contactOn(), Caller.current()));
	}

	@PutMapping("/trajectories/{id}/aftercare/local-partner")
	TrajectoryView chooseLocalPartner(@PathVariable UUID id, @Valid @RequestBody LocalPartner request) {
		return view(this.trajectories.chooseLocalPartner(id, request.version(), request.partnerOrganisationId(),
				request.name(), Caller.current()));
	}

	@PostMapping("/trajectories/{id}/closure")
	TrajectoryView close(@PathVariable UUID id, @Valid @RequestBody Closure request) {
		return view(this.trajectories.close(id, request.version(), request.reason(), Caller.current()));
	}

	private static void putIfSet(Map<Handover.Item, LocalDate> done, Handover.Item item, @Nullable LocalDate on) {
		if (on != null) {
			done.put(item, on);
		}
	}

	@GetMapping("/trajectories/{id}/contacts")
	PageView<ContactView> contacts(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Page<Contact> found = this.trajectories.contacts(id, PageView.page(page), PageView.size(size),
				Caller.current());
		return PageView.of(found, ContactView::of);
	}

	private TrajectoryView view(Seen<Trajectory> seen) {
		return TrajectoryView.of(seen.item(), seen.sight(), this.trajectories.allowedActions(seen, Caller.current()));
	}

	/**
	 * @param kind family support or individual guidance
	 * @param selfReferral the family came to LSE itself: waits for the commission
	 * @param lseWorker Keycloak subject of the LSE worker who will carry it out
	 */
	record Referral(@NotNull TrajectoryKind kind, @Nullable Boolean selfReferral,
			@Nullable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String lseWorker) {
	}

	record Versioned(@NotNull Long version) {
	}

	/**
	 * @param endsOn when support is planned to end (support is temporary)
	 */
	record SupportStart(@NotNull LocalDate endsOn, @NotNull Long version) {
	}

	record WorkerAssignment(@NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String lseWorker, @NotNull Long version) {
	}

	record HelpQuestions(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) String> questions,
			@NotNull Long version) {
	}

	/**
	 * @param status open, in progress, done or dropped
	 * @param reason why a dropped question is dropped
	 */
	record HelpQuestionProgress(@NotNull HelpQuestion.Status status, @Nullable @Size(max = 2000) String reason,
			@NotNull Long version) {
	}

	/**
	 * @param partnerOrganisationId a partner organisation on the case team, or none for a
	 * named local provider
	 * @param name the organisation's or the provider's name
	 */
	record LocalPartner(@Nullable UUID partnerOrganisationId, @NotBlank @Size(max = 200) String name,
			@NotNull Long version) {
	}

	/**
	 * @param capacity in what capacity it was given; the person themself when absent
	 * @param givenByName the parent or guardian who gave it (not for the person themself)
	 */
	record NewConsent(@NotNull UUID personId, Consent.@Nullable Capacity capacity,
			@Nullable @Size(max = 200) String givenByName, @NotNull Consent.Scope scope, @NotNull LocalDate givenOn) {
	}

	record Withdrawal(@NotNull LocalDate withdrawnOn) {
	}

	/**
	 * The limits are the plan's own ({@link ActionPlan}), repeated here only so the API's
	 * contract shows them.
	 */
	record NewPlan(
			@NotEmpty @Size(
					max = ActionPlan.MAX_GOALS) List<@NotBlank @Size(max = ActionPlan.Goal.MAX_LENGTH) String> goals,
			@Nullable @Size(max = ActionPlan.MAX_ACTIONS) List<@Valid @NotNull NewAction> actions,
			@Nullable Visibility visibility) {

		NewPlan {
			actions = (actions != null) ? actions : List.of();
		}

	}

	record NewAction(@Min(1) int goalNumber, @NotBlank @Size(max = ActionPlan.Action.MAX_LENGTH) String description,
			@NotBlank @Size(max = ActionPlan.Action.MAX_OWNER_LENGTH) String owner, @Nullable LocalDate dueOn) {
	}

	record Agreement(@NotNull LocalDate agreedOn, @NotBlank @Size(max = 200) String agreedWith, @NotNull Long version) {
	}

	record NewEvaluation(@NotNull LocalDate evaluatedOn, @NotBlank @Size(max = 4000) String summary,
			@NotNull Long version) {
	}

	record NewContact(@NotNull LocalDate contactOn, @NotNull Contact.Kind kind,
			@NotBlank @Size(max = 500) String withWhom, @NotBlank @Size(max = 4000) String summary,
			@Nullable Visibility visibility) {
	}

	record NewHandover(@NotNull Handover.ReceiverKind receiverKind, @NotBlank @Size(max = 200) String receiver,
			@Nullable UUID partnerOrganisationId, @Nullable LocalDate startedOn, @NotNull Long version) {
	}

	record Checklist(@Nullable LocalDate warmHandoverMeetingHeldOn, @Nullable LocalDate familyInformedOn,
			@Nullable LocalDate fileTransferredOn, @Nullable LocalDate aftercarePartnerAgreedOn,
			@NotNull Long version) {
	}

	record Acceptance(@NotNull LocalDate acceptedOn, @NotNull Long version) {
	}

	/**
	 * @param contactKind the kind of contact
	 * @param startsOn when it was agreed (today when left out)
	 * @param endsOn until when
	 * @param frequencyDays days between contacts; the default of the case's severity and
	 * support level when left out
	 * @param frequencyReason why another frequency than the default
	 * @param localPartner the local partner that stays involved
	 */
	record AftercareAgreement(@NotNull Contact.Kind contactKind, @Nullable LocalDate startsOn,
			@NotNull LocalDate endsOn, @Nullable @Min(1) @jakarta.validation.constraints.Max(365) Integer frequencyDays,
			@Nullable @Size(max = 1000) String frequencyReason, @Nullable @Size(max = 200) String localPartner,
			@NotNull Long version) {
	}

	record AftercareContactDone(@NotNull LocalDate contactOn) {
	}

	/**
	 * @param reason why no handover was possible, or why aftercare ends early
	 */
	record Closure(@Nullable @Size(max = 2000) String reason, @NotNull Long version) {
	}

	record TrajectorySummary(UUID id, UUID caseId, TrajectoryKind kind, Phase phase, @Nullable String lseWorker) {

		static TrajectorySummary of(Trajectory trajectory) {
			Subject lseWorker = trajectory.lseWorker();
			return new TrajectorySummary(trajectory.id(), trajectory.caseId(), trajectory.kind(), trajectory.phase(),
					(lseWorker != null) ? lseWorker.value() : null);
		}

	}

}
