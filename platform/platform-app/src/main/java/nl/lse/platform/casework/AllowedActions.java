package nl.lse.platform.casework;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * What a caller may do next with an aggregate: the actions their role allows whose rule
 * holds now. The rule is the aggregate's own, the one its methods enforce, so what is
 * offered is what is accepted.
 */
public final class AllowedActions {

	private AllowedActions() {
	}

	public static <A extends Enum<A>> Set<A> of(Class<A> actions, Predicate<A> mayBeDoneByTheCaller,
			Function<A, @Nullable RuleViolation> refusal) {
		Set<A> allowed = EnumSet.noneOf(actions);
		for (A action : actions.getEnumConstants()) {
			if (mayBeDoneByTheCaller.test(action) && refusal.apply(action) == null) {
				allowed.add(action);
			}
		}
		return allowed;
	}

}
