package nl.lse.platform.trajectories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import nl.lse.platform.casework.CaseRole;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.Sight;
import nl.lse.platform.casework.Visibility;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a trajectory offers is exactly what it accepts: in every state, for every role on
 * the case, an action is allowed if and only if the role may do it and the transition
 * succeeds with valid input on that state.
 */
class TrajectoryActionsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static final UUID POLICE = UUID.randomUUID();

	/** The sight each role has of a case it is on. */
	static final Map<CaseRole, Sight> SIGHT = Map.of(CaseRole.CASE_DIRECTOR, Sight.MUNICIPALITY, CaseRole.LSE_WORKER,
			Sight.LSE, CaseRole.MUNICIPALITY_STAFF, Sight.MUNICIPALITY, CaseRole.CHAIN_PARTNER, Sight.TEAM,
			CaseRole.OUTSIDER, Sight.METADATA);

	@Test
	void everyStateAndRoleIsOfferedExactlyWhatTheTrajectoryAccepts() {
		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, Supplier<Trajectory>> state : states().entrySet()) {
			for (CaseRole role : CaseRole.values()) {
				Sight sight = SIGHT.get(role);
				Trajectory trajectory = state.getValue().get();
				// a chain partner here works for the organisation a handover goes to, if
				// any
				UUID organisation = (trajectory.handoverRecord() != null)
						? trajectory.handoverRecord().partnerOrganisationId() : null;
				var allowed = trajectory.allowedActions(role, sight, organisation);
				for (TrajectoryAction action : TrajectoryAction.values()) {
					boolean accepted = trajectory.mayDo(action, role, organisation)
							&& succeeds(state.getValue().get(), action, sight);
					checked++;
					if (allowed.contains(action) != accepted) {
						mismatches.add(state.getKey() + " / " + role + " / " + action + ": offered "
								+ allowed.contains(action) + ", accepted " + accepted);
					}
				}
			}
		}
		assertThat(mismatches).as("of %d combinations", checked).isEmpty();
		assertThat(checked).isEqualTo(states().size() * CaseRole.values().length * TrajectoryAction.values().length);
	}

	@Test
	void eachStateOffersItsNextStepToTheRightRole() {
		assertThat(states().get("referred, worker assigned").get().allowedActions(CaseRole.LSE_WORKER, Sight.LSE))
			.as("consent to the trajectory comes before the intake")
			.contains(TrajectoryAction.RECORD_CONSENT, TrajectoryAction.LOG_CONTACT)
			.doesNotContain(TrajectoryAction.START_INTAKE, TrajectoryAction.COMMISSION, TrajectoryAction.CLOSE);
		assertThat(
				states().get("referred, worker assigned, consent").get().allowedActions(CaseRole.LSE_WORKER, Sight.LSE))
			.contains(TrajectoryAction.START_INTAKE);
		assertThat(states().get("self-referral").get().allowedActions(CaseRole.CASE_DIRECTOR, Sight.MUNICIPALITY))
			.contains(TrajectoryAction.COMMISSION)
			.doesNotContain(TrajectoryAction.START_INTAKE);
		assertThat(states().get("support").get().allowedActions(CaseRole.LSE_WORKER, Sight.LSE))
			.contains(TrajectoryAction.UPDATE_HELP_QUESTION)
			.doesNotContain(TrajectoryAction.RECORD_HELP_QUESTIONS, TrajectoryAction.AGREE_AFTERCARE,
					TrajectoryAction.START_HANDOVER);
		assertThat(
				states().get("support, every help question done").get().allowedActions(CaseRole.LSE_WORKER, Sight.LSE))
			.as("aftercare follows support, the handover follows aftercare")
			.contains(TrajectoryAction.AGREE_AFTERCARE)
			.doesNotContain(TrajectoryAction.START_HANDOVER);
		assertThat(states().get("aftercare").get().allowedActions(CaseRole.LSE_WORKER, Sight.LSE))
			.contains(TrajectoryAction.CHOOSE_LOCAL_PARTNER, TrajectoryAction.START_HANDOVER);
		assertThat(states().get("aftercare").get().allowedActions(CaseRole.LSE_WORKER, Sight.LSE))
			.as("contacts are logged in every open phase")
			.contains(TrajectoryAction.LOG_CONTACT, TrajectoryAction.RECORD_AFTERCARE_CONTACT);
		assertThat(states().get("aftercare").get().allowedActions(CaseRole.MUNICIPALITY_STAFF, Sight.MUNICIPALITY))
			.containsExactly(TrajectoryAction.RECORD_AFTERCARE_CONTACT);
		assertThat(states().get("aftercare").get().allowedActions(CaseRole.CHAIN_PARTNER, Sight.TEAM)).isEmpty();
		assertThat(states().get("closed").get().allowedActions(CaseRole.CASE_DIRECTOR, Sight.MUNICIPALITY))
			.as("a closed trajectory still rests on the consent given before its intake; the family may withdraw it")
			.containsExactly(TrajectoryAction.WITHDRAW_CONSENT);
		assertThat(states().get("handover to the police, checklist done")
			.get()
			.allowedActions(CaseRole.CHAIN_PARTNER, Sight.TEAM, POLICE))
			.containsExactly(TrajectoryAction.ACCEPT_HANDOVER);
		assertThat(states().get("handover to the police, checklist done")
			.get()
			.allowedActions(CaseRole.CASE_DIRECTOR, Sight.MUNICIPALITY))
			.doesNotContain(TrajectoryAction.ACCEPT_HANDOVER);
	}

	/** Does the transition go through with valid input? A refused rule says no. */
	private static boolean succeeds(Trajectory trajectory, TrajectoryAction action, Sight sight) {
		try {
			attempt(trajectory, action, sight);
			return true;
		}
		catch (RuleViolation refused) {
			return false;
		}
	}

	private static void attempt(Trajectory t, TrajectoryAction action, Sight sight) {
		switch (action) {
			case COMMISSION -> t.commission(Subject.of("cd"), TODAY);
			case WITHDRAW_COMMISSION -> t.withdrawCommission("De gemeente pakt het zelf op", Subject.of("cd"), TODAY);
			case ASSIGN -> t.assign(Subject.of("worker-2"));
			case START_INTAKE -> t.startIntake(TODAY);
			case RECORD_HELP_QUESTIONS -> t.recordHelpQuestions(List.of("Hoe praten we met hem?"));
			case UPDATE_HELP_QUESTION -> t.updateHelpQuestion(1, HelpQuestion.Status.DONE, null);
			case CHOOSE_LOCAL_PARTNER -> t.chooseLocalPartner(null, "Buurtteam Oost");
			case RECORD_CONSENT -> t.recordConsent(TrajectoryTests.PARENT, Consent.Capacity.SELF, null,
					Consent.Scope.SUPPORT, TODAY, Subject.of("w"), TODAY);
			case WITHDRAW_CONSENT -> t.withdrawConsent(t.consents()
				.stream()
				.filter(Consent::isActive)
				.findFirst()
				.orElseThrow(() -> new RuleViolation("consentId", "geen"))
				.id(), TODAY, Subject.of("w"));
			case START_PLANNING -> t.startPlanning();
			case DRAFT_PLAN -> t.draftPlan(List.of(new ActionPlan.Goal("Doel")), List.of(), Visibility.TEAM,
					Subject.of("w"), Instant.now());
			case AGREE_PLAN -> agreeAny(t, sight);
			case START_SUPPORT -> t.startSupport(TODAY.plusMonths(6), TODAY);
			case EVALUATE_PLAN -> t.evaluatePlan(TODAY, "Goed op weg", TODAY, sight);
			case LOG_CONTACT -> t.logContact(TODAY, Contact.Kind.HOME_VISIT, "Ouders", "Gesprek", Visibility.TEAM,
					Subject.of("w"), TODAY);
			case START_HANDOVER ->
				t.startHandover(Handover.ReceiverKind.MUNICIPALITY, "Gemeente", null, TODAY, Subject.of("w"), TODAY);
			case CHECK_HANDOVER -> t.checkHandover(Handover.Item.FAMILY_INFORMED, TODAY, TODAY);
			case ACCEPT_HANDOVER -> t.acceptHandover(Subject.of("cd"), TODAY, TODAY);
			case AGREE_AFTERCARE -> t.agreeAftercare(Contact.Kind.PHONE, TODAY, TODAY.plusMonths(6), 30, null, null,
					null, Subject.of("cd"), TODAY);
			case RECORD_AFTERCARE_CONTACT -> t.recordAftercareContact(TODAY, Subject.of("w"), TODAY);
			case CLOSE -> t.close("De familie is verhuisd", TODAY);
		}
	}

	/** Some version of the plan can be agreed by this caller. */
	private static void agreeAny(Trajectory t, Sight sight) {
		for (ActionPlan plan : t.plans()) {
			try {
				t.agreePlan(plan.number(), TODAY, "Ouders", TODAY, sight);
				return;
			}
			catch (RuleViolation refused) {
				// try the next version
			}
		}
		throw new RuleViolation("number", "geen");
	}

	/** A trajectory in every state that matters to the rules, made fresh on each call. */
	static Map<String, Supplier<Trajectory>> states() {
		Map<String, Supplier<Trajectory>> states = new LinkedHashMap<>();
		states.put("self-referral",
				() -> new Trajectory(UUID.randomUUID(), TrajectoryKind.FAMILY_SUPPORT, true, null, TODAY));
		states.put("referred, no worker", TrajectoryActionsTests::referred);
		states.put("referred, worker assigned",
				then(TrajectoryActionsTests::referred, (t) -> t.assign(Subject.of("worker"))));
		states.put("referred, worker assigned, consent", then(TrajectoryActionsTests::referred, (t) -> {
			t.assign(Subject.of("worker"));
			t.recordConsent(TrajectoryTests.PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY,
					Subject.of("w"), TODAY);
		}));
		states.put("intake", TrajectoryActionsTests::intake);
		states.put("intake, questions", TrajectoryActionsTests::readyToPlan);
		states.put("planning, internal draft",
				then(TrajectoryActionsTests::planning, (t) -> t.draftPlan(List.of(new ActionPlan.Goal("Intern")),
						List.of(), Visibility.LSE_INTERNAL, Subject.of("w"), Instant.now())));
		states.put("planning, agreed plan", TrajectoryActionsTests::agreed);
		states.put("support", TrajectoryActionsTests::support);
		states.put("support, consent withdrawn", then(TrajectoryActionsTests::support,
				(t) -> t.withdrawConsent(t.consents().get(0).id(), TODAY, Subject.of("w"))));
		states.put("support, every help question done", TrajectoryActionsTests::supportDone);
		states.put("aftercare", TrajectoryActionsTests::aftercare);
		states.put("aftercare, every contact done", then(TrajectoryActionsTests::aftercare, (t) -> {
			while (t.aftercareRecord().contacts().stream().anyMatch((c) -> c.doneOn() == null)) {
				t.recordAftercareContact(TODAY, Subject.of("w"), TODAY);
			}
		}));
		states.put("handover started", TrajectoryActionsTests::handover);
		states.put("handover, checklist done", TrajectoryActionsTests::checked);
		states.put("handover to the police, checklist done", TrajectoryActionsTests::checkedToPolice);
		states.put("handed over",
				then(TrajectoryActionsTests::checked, (t) -> t.acceptHandover(Subject.of("cd"), TODAY, TODAY)));
		states.put("closed", then(TrajectoryActionsTests::intake, (t) -> t.close("Verhuisd", TODAY)));
		return states;
	}

	private static Supplier<Trajectory> then(Supplier<Trajectory> before, Consumer<Trajectory> step) {
		return () -> {
			Trajectory trajectory = before.get();
			step.accept(trajectory);
			return trajectory;
		};
	}

	private static Trajectory referred() {
		return new Trajectory(UUID.randomUUID(), TrajectoryKind.FAMILY_SUPPORT, false, Subject.of("cd"), TODAY);
	}

	private static Trajectory intake() {
		Trajectory trajectory = referred();
		trajectory.assign(Subject.of("worker"));
		trajectory.recordConsent(TrajectoryTests.PARENT, Consent.Capacity.SELF, null, Consent.Scope.SUPPORT, TODAY,
				Subject.of("w"), TODAY);
		trajectory.startIntake(TODAY);
		return trajectory;
	}

	private static Trajectory readyToPlan() {
		Trajectory trajectory = intake();
		trajectory.recordHelpQuestions(List.of("Hoe praten we met hem?"));
		return trajectory;
	}

	private static Trajectory planning() {
		Trajectory trajectory = readyToPlan();
		trajectory.startPlanning();
		return trajectory;
	}

	private static Trajectory agreed() {
		Trajectory trajectory = planning();
		trajectory.draftPlan(List.of(new ActionPlan.Goal("Doel")), List.of(), Visibility.TEAM, Subject.of("w"),
				Instant.now());
		trajectory.agreePlan(1, TODAY, "Ouders", TODAY);
		return trajectory;
	}

	private static Trajectory support() {
		Trajectory trajectory = agreed();
		trajectory.startSupport(TODAY.plusMonths(6), TODAY);
		return trajectory;
	}

	private static Trajectory supportDone() {
		Trajectory trajectory = support();
		trajectory.updateHelpQuestion(1, HelpQuestion.Status.DONE, null);
		return trajectory;
	}

	private static Trajectory handover() {
		Trajectory trajectory = aftercare();
		trajectory.startHandover(Handover.ReceiverKind.MUNICIPALITY, "Gemeente", null, TODAY, Subject.of("w"), TODAY);
		return trajectory;
	}

	private static Trajectory checked() {
		Trajectory trajectory = handover();
		for (Handover.Item item : Handover.Item.values()) {
			trajectory.checkHandover(item, TODAY, TODAY);
		}
		return trajectory;
	}

	/** A handover to a partner organisation on the case team: theirs to accept. */
	private static Trajectory checkedToPolice() {
		Trajectory trajectory = aftercare();
		trajectory.startHandover(Handover.ReceiverKind.LOCAL_PARTNER, "Politie", POLICE, TODAY, Subject.of("w"), TODAY);
		for (Handover.Item item : Handover.Item.values()) {
			trajectory.checkHandover(item, TODAY, TODAY);
		}
		return trajectory;
	}

	private static Trajectory aftercare() {
		Trajectory trajectory = supportDone();
		trajectory.agreeAftercare(Contact.Kind.PHONE, TODAY, TODAY.plusMonths(2), 30, null, null, null,
				Subject.of("cd"), TODAY);
		return trajectory;
	}

}
