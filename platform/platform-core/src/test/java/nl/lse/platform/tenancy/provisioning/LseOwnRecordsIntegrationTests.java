package nl.lse.platform.tenancy.provisioning;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * LSE's own records: a schema of their own, provisioned, owned and migrated like a
 * municipality's, holding the self-referrals that no municipality's schema has; not among
 * the municipalities, but among the schemas background work enters.
 */
class LseOwnRecordsIntegrationTests {

	TestDatabase database = TestDatabase.get();

	JdbcTemplate superuser = this.database.superuser();

	@Test
	void lseHasASchemaOfItsOwnWithItsOwnRolesAndTheSelfReferrals() {
		TenantId lse = this.database.lseOwnRecords();
		TenantId municipality = this.database.tenant("gm0363");

		assertThat(this.superuser.queryForObject(
				"select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'tenant_lse'", String.class))
			.isEqualTo(this.database.roles().tenantOwner(lse));
		assertThat(tableExists("tenant_lse", "self_referral")).isTrue();
		assertThat(tableExists(municipality.schemaName(), "self_referral")).isFalse();
		assertThat(tableExists("tenant_lse", "audit_event")).isTrue();
		// the municipality's role reaches nothing of LSE's, and LSE's nothing of the
		// municipality's
		assertThat(hasUsage(this.database.roles().tenant(municipality), "tenant_lse")).isFalse();
		assertThat(hasUsage(this.database.roles().tenant(lse), municipality.schemaName())).isFalse();
	}

	@Test
	void lseIsNotAMunicipalityButBackgroundWorkEntersIt() {
		this.database.lseOwnRecords();
		TenantCatalog catalog = new TenantCatalog(this.superuser);

		assertThat(catalog.find(TenantId.LSE).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
		assertThat(catalog.municipalities()).noneMatch((tenant) -> tenant.id().equals(TenantId.LSE));
		assertThat(catalog.inService()).contains(TenantId.LSE);
	}

	@Test
	void noAddressOrFormNamesLseOwnRecords() {
		assertThat(TenantId.isValid("lse")).isFalse();
		assertThatThrownBy(() -> TenantId.of("lse")).hasMessageContaining("Ongeldige gemeentecode");
		assertThat(TenantId.ofCatalog("lse")).isEqualTo(TenantId.LSE);
	}

	private boolean tableExists(String schema, String table) {
		return this.superuser.queryForObject("select count(*) from pg_tables where schemaname = ? and tablename = ?",
				Integer.class, schema, table) == 1;
	}

	private boolean hasUsage(String role, String schema) {
		return Boolean.TRUE.equals(this.superuser.queryForObject("select has_schema_privilege(?, ?, 'USAGE')",
				Boolean.class, role, schema));
	}

}
