package nl.lse.platform.identity;

import java.util.Map;
import java.util.Set;

import nl.lse.platform.tenancy.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The membership rules of the tenant gate, and roles that hold per municipality. */
class LseAuthenticationTests {

	static final TenantId AMSTERDAM = TenantId.of("gm0363");

	static final TenantId ZWOLLE = TenantId.of("gm0193");

	static final TenantId ROTTERDAM = TenantId.of("gm0599");

	@Test
	void municipalityPeopleEnterTheTenantsWhereTheyHoldAMunicipalityRole() {
		assertThat(member("gm0363", LseRole.CASE_DIRECTOR).mayEnter(AMSTERDAM)).isTrue();
		assertThat(member("gm0363", LseRole.CASE_DIRECTOR).mayEnter(ZWOLLE)).isFalse();
		assertThat(member("gm0363", LseRole.MUNICIPALITY_STAFF).mayEnter(AMSTERDAM)).isTrue();
		LseAuthentication partner = caller(Set.of(),
				Map.of("gm0363", Set.of(LseRole.CHAIN_PARTNER), "gm0599", Set.of(LseRole.CHAIN_PARTNER)));
		assertThat(partner.mayEnter(ROTTERDAM)).isTrue();
	}

	@Test
	void aMembershipWithoutAMunicipalityRoleThereIsNotEnough() {
		assertThat(caller(Set.of(), Map.of("gm0363", Set.of())).mayEnter(AMSTERDAM)).isFalse();
		LseAuthentication directorInZwolleOnly = caller(Set.of(),
				Map.of("gm0193", Set.of(LseRole.CASE_DIRECTOR), "gm0363", Set.of()));
		assertThat(directorInZwolleOnly.mayEnter(AMSTERDAM)).isFalse();
	}

	@Test
	void aMunicipalityRoleHoldsOnlyWhereItWasGiven() {
		LseAuthentication dual = caller(Set.of(),
				Map.of("gm0193", Set.of(LseRole.CASE_DIRECTOR), "gm0599", Set.of(LseRole.CHAIN_PARTNER)));
		assertThat(dual.hasIn(ZWOLLE, LseRole.CASE_DIRECTOR)).isTrue();
		assertThat(dual.hasIn(ROTTERDAM, LseRole.CASE_DIRECTOR)).isFalse();
		assertThat(dual.hasIn(ROTTERDAM, LseRole.CHAIN_PARTNER)).isTrue();
		assertThat(dual.hasIn(ZWOLLE, LseRole.CHAIN_PARTNER)).isFalse();
		assertThat(dual.authorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("gm0193:ROLE_CASE_DIRECTOR", "gm0599:ROLE_CHAIN_PARTNER");
	}

	@Test
	void aMunicipalityRoleCannotBeAskedForWithoutAMunicipality() {
		LseAuthentication director = member("gm0363", LseRole.CASE_DIRECTOR);
		assertThatThrownBy(() -> director.has(LseRole.CASE_DIRECTOR)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> caller(Set.of(LseRole.CASE_DIRECTOR), Map.of("gm0363", Set.of())))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void lseWorkersAndCoordinatorsReachEveryTenantByRole() {
		assertThat(caller(Set.of(LseRole.LSE_WORKER), Map.of("lse", Set.of())).mayEnter(ZWOLLE)).isTrue();
		assertThat(caller(Set.of(LseRole.LSE_COORDINATOR), Map.of("lse", Set.of())).mayEnter(ZWOLLE)).isTrue();
		assertThat(caller(Set.of(LseRole.LSE_WORKER), Map.of("lse", Set.of())).hasIn(ZWOLLE, LseRole.LSE_WORKER))
			.isTrue();
	}

	@Test
	void managementAndBeheerNeverEnterATenant() {
		assertThat(
				caller(Set.of(LseRole.LSE_MANAGEMENT), Map.of("lse", Set.of(), "gm0363", Set.of(LseRole.CASE_DIRECTOR)))
					.mayEnter(AMSTERDAM))
			.isFalse();
		assertThat(caller(Set.of(LseRole.LSE_ADMIN, LseRole.LSE_WORKER), Map.of("lse", Set.of())).mayEnter(AMSTERDAM))
			.isFalse();
	}

	@Test
	void theSubjectIdIsTheTokensSubject() {
		assertThat(caller(Set.of(), Map.of()).subjectId()).isEqualTo(Subject.of("sub"));
		assertThatThrownBy(() -> new LseAuthentication("", "user", "User", Set.of(), Map.of()).subjectId())
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static LseAuthentication member(String alias, LseRole role) {
		return caller(Set.of(), Map.of(alias, Set.of(role)));
	}

	private static LseAuthentication caller(Set<LseRole> roles, Map<String, Set<LseRole>> memberships) {
		return new LseAuthentication("sub", "user", "User", roles, memberships);
	}

}
