package nl.lse.platform.tenancy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantIdTests {

	@ParameterizedTest
	@ValueSource(strings = { "gm0363", "gm0599", "gm0000", "gm9999" })
	void acceptsCbsMunicipalityCodes(String code) {
		assertThat(TenantId.of(code).schemaName()).isEqualTo("tenant_" + code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "GM0363", "gm363", "gm03630", "0363", "gm03a3", "gm0363;drop", "gm0363 ", "pv0363" })
	void rejectsAnythingElseWithADutchMessage(String code) {
		assertThatThrownBy(() -> TenantId.of(code)).isInstanceOf(InvalidTenantCodeException.class)
			.hasMessageContaining("Ongeldige gemeentecode");
	}

	@ParameterizedTest
	@ValueSource(strings = { "lse", "lse_it_1_ab" })
	void roleNamesCarryThePrefix(String prefix) {
		DatabaseRoles roles = new DatabaseRoles(prefix);
		TenantId tenant = TenantId.of("gm0363");
		assertThat(roles.tenant(tenant)).isEqualTo(prefix + "_tenant_gm0363");
		assertThat(roles.tenantOwner(tenant)).isEqualTo(prefix + "_tenant_gm0363_owner");
		assertThat(roles.app()).isEqualTo(prefix + "_app");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "LSE", "1lse", "lse-demo", "lse\"x", "a_very_long_prefix_that_exceeds_forty_chars" })
	void rejectsPrefixesThatAreNotPlainIdentifiers(String prefix) {
		assertThatThrownBy(() -> new DatabaseRoles(prefix)).isInstanceOf(IllegalArgumentException.class);
	}

}
