package nl.lse.platform.selfreferrals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a self-referral, without Spring. */
class SelfReferralTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	final SelfReferral referral = new SelfReferral(TenantId.of("gm0363"), TODAY.minusDays(2), "Moeder (fictief)",
			"06-12345678", "Zorgen over de zoon", Subject.of("w-1"), NOW, TODAY);

	@Test
	void recordsOnlyWhatIsNeededToMakeContact() {
		assertThat(this.referral.status()).isEqualTo(SelfReferral.Status.OPEN);
		assertThat(this.referral.municipality()).isEqualTo(TenantId.of("gm0363"));
		assertThat(this.referral.destroyAfter()).isNull();
	}

	@Test
	void refusesLseItselfAFutureDateOrNoWayToReachTheFamily() {
		assertThatThrownBy(() -> new SelfReferral(TenantId.LSE, TODAY, "a", "b", null, Subject.of("w"), NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("municipality"));
		assertThatThrownBy(() -> new SelfReferral(TenantId.of("gm0363"), TODAY.plusDays(1), "a", "b", null,
				Subject.of("w"), NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("receivedOn"));
		assertThatThrownBy(
				() -> new SelfReferral(TenantId.of("gm0363"), TODAY, "a", " ", null, Subject.of("w"), NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("contactDetails"));
	}

	@Test
	void whenMovedLseKeepsNoContactDetailsAndASecondMoveChangesNothing() {
		this.referral.agree(Subject.of("w-1"), TODAY);
		assertThat(this.referral.signalDescription()).contains("Moeder (fictief)", "06-12345678", "Zorgen over de zoon",
				"2026-11-30");

		this.referral.moved(NOW);
		this.referral.moved(NOW.plusSeconds(60));

		assertThat(this.referral.status()).isEqualTo(SelfReferral.Status.MOVED);
		assertThat(this.referral.contactName()).isNull();
		assertThat(this.referral.contactDetails()).isNull();
		assertThat(this.referral.note()).isNull();
	}

	@Test
	void aMoveNeedsTheFamilysAgreement() {
		assertThatThrownBy(() -> this.referral.moved(NOW)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("ingestemd");
	}

	@Test
	void theFamilyDecidesOnce() {
		this.referral.refuse(Subject.of("w-1"), TODAY, Period.ofWeeks(8));
		assertThatThrownBy(() -> this.referral.agree(Subject.of("w-1"), TODAY)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("al besloten");
		assertThatThrownBy(() -> this.referral.refuse(Subject.of("w-1"), TODAY, Period.ofWeeks(8)))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aRefusedOneIsDueForDestructionOnlyAfterItsPeriod() {
		this.referral.refuse(Subject.of("w-1"), TODAY, Period.ofWeeks(8));

		assertThat(this.referral.destroyAfter()).isEqualTo(TODAY.plusWeeks(8));
		assertThat(this.referral.isDueForDestruction(TODAY.plusWeeks(8))).isFalse();
		assertThat(this.referral.isDueForDestruction(TODAY.plusWeeks(8).plusDays(1))).isTrue();
	}

	@Test
	void anOpenOneIsNeverDestroyedByTheJob() {
		assertThat(this.referral.isDueForDestruction(TODAY.plusYears(1))).isFalse();
	}

}
