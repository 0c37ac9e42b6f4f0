package nl.lse.platform.tenancy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.lse.platform.settings.TenantSetting;
import nl.lse.platform.settings.TenantSettingRepository;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The isolation properties (a) to (c) and (e) of the foundation, as checks that throw an
 * {@link AssertionError} when isolation does not hold. The same checks run with the role
 * switch on (they must pass) and off (they must fail).
 */
class IsolationChecks {

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final TenantSettingRepository settings;

	IsolationChecks(TransactionTemplate tx, JdbcTemplate jdbc, TenantSettingRepository settings) {
		this.tx = tx;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * (a) What A stores is invisible from B through JPA and JdbcTemplate, even misrouted.
	 */
	void rowsOfOneTenantAreInvisibleFromAnother(TenantId a, TenantId b) {
		String marker = "iso.m" + UUID.randomUUID().toString().substring(0, 8);
		in(a, () -> {
			this.settings.save(new TenantSetting(marker, "a"));
			this.jdbc.update("insert into tenant_setting (name, value) values (?, ?)", marker + "-jdbc", "a");
			return null;
		});
		assertThat(in(a, () -> this.settings.findById(marker))).as("written in A, read in A").isPresent();
		in(b, () -> {
			assertThat(this.settings.findById(marker)).as("JPA by id in B").isEmpty();
			assertThat(this.settings.findAll()).extracting(TenantSetting::name)
				.as("JPA list in B")
				.doesNotContain(marker, marker + "-jdbc");
			assertThat(this.jdbc.queryForObject("select count(*) from tenant_setting where name like ?", Integer.class,
					marker + "%"))
				.as("JdbcTemplate in B")
				.isZero();
			return null;
		});
		List<String> seenWhenMisrouted = namesOrNoneWhenDenied(b, () -> {
			this.jdbc.queryForObject("select set_config('search_path', ?, true)", String.class, a.schemaName());
			return this.settings.findAll().stream().map(TenantSetting::name).toList();
		});
		assertThat(seenWhenMisrouted).as("B's transaction pointed at A's schema by a routing mistake")
			.doesNotContain(marker, marker + "-jdbc");
	}

	/** (b) A native query naming B's schema, run in A, is refused by PostgreSQL. */
	void queryNamingAnotherTenantsSchemaIsDenied(TenantId a, TenantId b) {
		assertThatThrownBy(() -> in(a,
				() -> this.jdbc.queryForList("select name from " + b.schemaName() + ".tenant_setting", String.class)))
			.as("query on %s inside %s", b.schemaName(), a)
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("permission denied"));
	}

	/** (c) Outside any tenant, no tenant table can be read. */
	void noTenantMeansNoTenantData(TenantId a) {
		assertThatThrownBy(() -> this.tx
			.execute((status) -> this.jdbc.queryForList("select name from " + a.schemaName() + ".tenant_setting")))
			.as("qualified read without a tenant")
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("permission denied"));
		assertThatThrownBy(() -> this.tx.execute((status) -> this.settings.findAll())).as("JPA read without a tenant")
			.satisfies((ex) -> assertThat(rootMessage(ex)).containsAnyOf("does not exist", "permission denied"));
	}

	/**
	 * (e) Inside a tenant, DDL fails: the DML role owns nothing and may create nothing.
	 */
	void ddlInsideATenantFails(TenantId a) {
		for (String ddl : List.of("create table intruder (id int)", "drop table tenant_setting",
				"alter table tenant_setting add column intruder int", "truncate tenant_setting",
				"create index intruder on tenant_setting (value)")) {
			assertThatThrownBy(() -> in(a, () -> {
				this.jdbc.execute(ddl);
				return null;
			})).as(ddl)
				.satisfies((ex) -> assertThat(rootMessage(ex)).containsAnyOf("permission denied", "must be owner"));
		}
	}

	private <T> T in(TenantId tenant, Supplier<T> work) {
		return TenantContext.callAs(tenant, () -> this.tx.execute((status) -> work.get()));
	}

	private List<String> namesOrNoneWhenDenied(TenantId tenant, Supplier<List<String>> work) {
		try {
			return in(tenant, work);
		}
		catch (RuntimeException ex) {
			// a schema without USAGE drops out of the search path: the table is not found
			assertThat(rootMessage(ex)).containsAnyOf("permission denied", "does not exist");
			return List.of();
		}
	}

	static String rootMessage(Throwable ex) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		return String.valueOf(root.getMessage());
	}

}
