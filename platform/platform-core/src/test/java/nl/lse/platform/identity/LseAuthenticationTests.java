package nl.lse.platform.identity;

import java.util.Set;

import nl.lse.platform.tenancy.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The membership rules of the tenant gate. */
class LseAuthenticationTests {

	static final TenantId AMSTERDAM = TenantId.of("gm0363");

	static final TenantId ZWOLLE = TenantId.of("gm0193");

	@Test
	void municipalityPeopleEnterTheTenantsTheyAreMembersOf() {
		assertThat(caller(Set.of(LseRole.CASE_DIRECTOR), "gm0363").mayEnter(AMSTERDAM)).isTrue();
		assertThat(caller(Set.of(LseRole.CASE_DIRECTOR), "gm0363").mayEnter(ZWOLLE)).isFalse();
		assertThat(caller(Set.of(LseRole.CHAIN_PARTNER), "gm0363", "gm0599").mayEnter(TenantId.of("gm0599"))).isTrue();
		assertThat(caller(Set.of(LseRole.MUNICIPALITY_STAFF), "gm0363").mayEnter(AMSTERDAM)).isTrue();
	}

	@Test
	void aMembershipWithoutAMunicipalityRoleIsNotEnough() {
		assertThat(caller(Set.of(), "gm0363").mayEnter(AMSTERDAM)).isFalse();
	}

	@Test
	void lseWorkersAndCoordinatorsReachEveryTenantByRole() {
		assertThat(caller(Set.of(LseRole.LSE_WORKER), "lse").mayEnter(ZWOLLE)).isTrue();
		assertThat(caller(Set.of(LseRole.LSE_COORDINATOR), "lse").mayEnter(ZWOLLE)).isTrue();
	}

	@Test
	void managementAndBeheerNeverEnterATenant() {
		assertThat(caller(Set.of(LseRole.LSE_MANAGEMENT), "lse", "gm0363").mayEnter(AMSTERDAM)).isFalse();
		assertThat(caller(Set.of(LseRole.LSE_ADMIN, LseRole.LSE_WORKER), "lse").mayEnter(AMSTERDAM)).isFalse();
		assertThat(caller(Set.of(LseRole.CASE_DIRECTOR, LseRole.LSE_ADMIN), "gm0363").mayEnter(AMSTERDAM)).isFalse();
	}

	private static LseAuthentication caller(Set<LseRole> roles, String... organizations) {
		return new LseAuthentication("sub", "user", "User", roles, Set.of(organizations));
	}

}
