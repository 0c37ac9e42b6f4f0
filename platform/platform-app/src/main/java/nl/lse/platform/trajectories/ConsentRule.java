package nl.lse.platform.trajectories;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who consents for a person, by age (docs/case-work.md, "Consent"): under 12 the legal
 * representatives (a parent with authority, gezag, or a guardian, voogd); 12 to 15 the
 * young person and a representative; 16 and over the person. Persons hold only a year of
 * birth, so in a year a person may be on either side of a threshold both rules apply (the
 * stricter: every consent either asks for). Without a year of birth the person consents
 * themself.
 */
final class ConsentRule {

	/** Whose consent is needed. */
	enum Needed {

		/** The person it concerns. */
		SELF,
		/** A parent with authority or a guardian. */
		REPRESENTATIVE

	}

	private ConsentRule() {
	}

	/**
	 * The consents a person needs in a year.
	 * @param yearOfBirth the person's year of birth, if known
	 * @param year the year the consent is given in
	 * @return who must consent
	 */
	static Set<Needed> needed(@Nullable Integer yearOfBirth, int year) {
		if (yearOfBirth == null) {
			return EnumSet.of(Needed.SELF);
		}
		int oldest = year - yearOfBirth;
		Set<Needed> needed = EnumSet.noneOf(Needed.class);
		needed.addAll(atAge(oldest - 1));
		needed.addAll(atAge(oldest));
		return needed;
	}

	private static Set<Needed> atAge(int age) {
		if (age < 12) {
			return EnumSet.of(Needed.REPRESENTATIVE);
		}
		return (age < 16) ? EnumSet.of(Needed.SELF, Needed.REPRESENTATIVE) : EnumSet.of(Needed.SELF);
	}

	/** What a consent in this capacity counts as. */
	static Needed counts(Consent.Capacity capacity) {
		return (capacity == Consent.Capacity.SELF) ? Needed.SELF : Needed.REPRESENTATIVE;
	}

}
