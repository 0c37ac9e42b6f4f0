package nl.lse.admin.onboarding;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The tests' onboarding faults: the next run of one code fails once, before a step or
 * after a step's work (before it is recorded as done).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InjectedFaults {

	private static final AtomicReference<@Nullable Fault> NEXT = new AtomicReference<>();

	static void before(String code, OnboardingStep step) {
		NEXT.set(new Fault(code, step, false));
	}

	static void afterWork(String code, OnboardingStep step) {
		NEXT.set(new Fault(code, step, true));
	}

	static void clear() {
		NEXT.set(null);
	}

	@Bean
	OnboardingFaults injectedFaults() {
		return new OnboardingFaults() {

			@Override
			public void before(String code, OnboardingStep step) {
				fail(code, step, false);
			}

			@Override
			public void afterWork(String code, OnboardingStep step) {
				fail(code, step, true);
			}

		};
	}

	private static void fail(String code, OnboardingStep step, boolean afterWork) {
		Fault fault = NEXT.get();
		if (fault != null && fault.code().equals(code) && fault.step() == step && fault.afterWork() == afterWork
				&& NEXT.compareAndSet(fault, null)) {
			throw new IllegalStateException("fault injected " + (afterWork ? "after the work of " : "before ") + step);
		}
	}

	private record Fault(String code, OnboardingStep step, boolean afterWork) {
	}

}
