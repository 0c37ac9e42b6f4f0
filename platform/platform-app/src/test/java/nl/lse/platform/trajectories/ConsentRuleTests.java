package nl.lse.platform.trajectories;

import org.junit.jupiter.api.Test;

import static nl.lse.platform.trajectories.ConsentRule.Needed.REPRESENTATIVE;
import static nl.lse.platform.trajectories.ConsentRule.Needed.SELF;
import static org.assertj.core.api.Assertions.assertThat;

/** The age rule of consent, with a year of birth only. */
class ConsentRuleTests {

	@Test
	void byAgeAndInTheYearOfAThresholdBoth() {
		assertThat(ConsentRule.needed(2016, 2026)).as("9 or 10").containsExactly(REPRESENTATIVE);
		assertThat(ConsentRule.needed(2015, 2026)).as("10 or 11").containsExactly(REPRESENTATIVE);
		assertThat(ConsentRule.needed(2014, 2026)).as("11 or 12").containsExactlyInAnyOrder(SELF, REPRESENTATIVE);
		assertThat(ConsentRule.needed(2012, 2026)).as("13 or 14").containsExactlyInAnyOrder(SELF, REPRESENTATIVE);
		assertThat(ConsentRule.needed(2010, 2026)).as("15 or 16").containsExactlyInAnyOrder(SELF, REPRESENTATIVE);
		assertThat(ConsentRule.needed(2009, 2026)).as("16 or 17").containsExactly(SELF);
		assertThat(ConsentRule.needed(1980, 2026)).containsExactly(SELF);
	}

	@Test
	void withoutAYearOfBirthThePersonThemself() {
		assertThat(ConsentRule.needed(null, 2026)).containsExactly(SELF);
	}

}
