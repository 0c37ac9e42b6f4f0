package nl.lse.platform.trajectories;

import nl.lse.platform.casework.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Goals and actions check themselves, wherever they are made. */
class ActionPlanTests {

	@Test
	void aGoalIsOneToTwoThousandCharacters() {
		assertThat(new ActionPlan.Goal("  Weer naar school  ").description()).isEqualTo("Weer naar school");
		assertThat(new ActionPlan.Goal("x".repeat(2000)).description()).hasSize(2000);
		assertRefused(() -> new ActionPlan.Goal(" "), "goals");
		assertRefused(() -> new ActionPlan.Goal("x".repeat(2001)), "goals");
	}

	@Test
	void anActionHasAGoalADescriptionAndAnOwner() {
		assertThat(new ActionPlan.Action(1, "Gesprek met school", "Gezinsondersteuner", null).owner())
			.isEqualTo("Gezinsondersteuner");
		assertRefused(() -> new ActionPlan.Action(0, "Gesprek", "LSE", null), "actions");
		assertRefused(() -> new ActionPlan.Action(1, "", "LSE", null), "actions");
		assertRefused(() -> new ActionPlan.Action(1, "Gesprek", " ", null), "actions");
		assertRefused(() -> new ActionPlan.Action(1, "Gesprek", "x".repeat(201), null), "actions");
		assertRefused(() -> new ActionPlan.Action(1, "x".repeat(2001), "LSE", null), "actions");
	}

	private static void assertRefused(Runnable making, String field) {
		assertThatThrownBy(making::run).isInstanceOfSatisfying(RuleViolation.class,
				(violation) -> assertThat(violation.field()).isEqualTo(field));
	}

}
