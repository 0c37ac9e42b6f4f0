package nl.lse.platform.audit;

import java.util.Map;
import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A compromised app (the runtime login) cannot block sealing or hide what the verifier
 * found: it cannot write the seal store itself, and the sealing functions only append
 * right after the head, only move it forward, never past a transaction that may still
 * commit, and never lower a recorded finding.
 */
class SealStoreIntegrationTests {

	private static final String APPEND = "select sealing.append_seals(?, ?, ?::uuid[], ?, ?::xid8, ?)";

	TestDatabase database = TestDatabase.get();

	JdbcTemplate app = new JdbcTemplate(this.database.dataSource(this.database.roles().app()));

	@Test
	void theRuntimeLoginCannotWriteTheSealStore() {
		TenantId tenant = this.database.tenant("gm0621");
		long committed = committedTx();
		assertThat(append(tenant, 0, committed, 1)).isEqualTo(1);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.app.update("insert into platform.audit_seal (tenant_code, position, event_id, hash)"
					+ " values (?, 1000000, ?, ?)", tenant.code(), UUID.randomUUID(), new byte[32]))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.app.update("update platform.audit_chain set last_tx = '9999999999'::xid8,"
					+ " verification_findings = 0 where tenant_code = ?", tenant.code()))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.app.update("delete from platform.audit_seal where tenant_code = ?", tenant.code()))
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThat(this.app.queryForObject("select count(*) from platform.audit_seal where tenant_code = ?",
				Integer.class, tenant.code()))
			.isOne();
	}

	@Test
	void sealsAreAppendedOnlyRightAfterTheHead() {
		TenantId tenant = this.database.tenant("gm0622");
		long committed = committedTx();
		assertThat(append(tenant, 0, committed - 1, 1)).isEqualTo(1);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> append(tenant, 0, committed, 1))
			.withMessageContaining("is at 1, not at 0");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> append(tenant, 1000, committed, 1))
			.withMessageContaining("is at 1, not at 1000");
		assertThat(append(tenant, 1, committed, 1)).isEqualTo(2);
		assertThat(this.app.queryForList(
				"select position from platform.audit_seal where tenant_code = ?" + " order by position", Long.class,
				tenant.code()))
			.containsExactly(1L, 2L);
	}

	@Test
	void theHeadOnlyMovesForward() {
		TenantId tenant = this.database.tenant("gm0623");
		long committed = committedTx();
		append(tenant, 0, committed, 5);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> append(tenant, 1, committed, 5))
			.withMessageContaining("only moves forward");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> append(tenant, 1, committed - 1, 9))
			.withMessageContaining("only moves forward");
		assertThat(append(tenant, 1, committed, 6)).isEqualTo(2);
	}

	@Test
	void theHeadCannotPassATransactionThatMayStillCommit() {
		TenantId tenant = this.database.tenant("gm0624");
		// a head far in the future would leave every later event below it, never sealed
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> append(tenant, 0, committedTx() + 1_000_000_000L, 1))
			.withMessageContaining("may not pass a transaction that can still commit");
		assertThat(this.app.queryForObject("select count(*) from platform.audit_chain where tenant_code = ?",
				Integer.class, tenant.code()))
			.isZero();
	}

	@Test
	void aRecordedFindingCannotBeLoweredByTheRuntime() {
		TenantId tenant = this.database.tenant("gm0625");
		append(tenant, 0, committedTx(), 1);
		assertThat(verification(tenant, 3)).isEqualTo(3);
		assertThat(verification(tenant, 0)).isEqualTo(3);
		assertThat(verification(tenant, 4)).isEqualTo(4);
		Map<String, Object> head = this.app.queryForMap(
				"select verification_findings, verified_at from platform.audit_chain where tenant_code = ?",
				tenant.code());
		assertThat(head.get("verification_findings")).isEqualTo(4);
		assertThat(head.get("verified_at")).isNotNull();
	}

	@Test
	void refusesSealsWithoutOneHashPerEvent() {
		TenantId tenant = this.database.tenant("gm0626");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.app.queryForObject(APPEND, Long.class, tenant.code(), 0,
					"{" + UUID.randomUUID() + "," + UUID.randomUUID() + "}", new byte[32], "1", 1))
			.withMessageContaining("one 32-byte hash per event");
		assertThat(this.app.queryForObject("select count(*) from platform.audit_chain where tenant_code = ?",
				Integer.class, tenant.code()))
			.isZero();
	}

	private long append(TenantId tenant, long after, long lastTx, long lastSeq) {
		byte[] hash = new byte[32];
		hash[0] = (byte) lastSeq;
		Long position = this.app.queryForObject(APPEND, Long.class, tenant.code(), after, "{" + UUID.randomUUID() + "}",
				hash, Long.toString(lastTx), lastSeq);
		return (position != null) ? position : -1;
	}

	private int verification(TenantId tenant, int findings) {
		Integer stored = this.app.queryForObject("select sealing.record_verification(?, ?)", Integer.class,
				tenant.code(), findings);
		return (stored != null) ? stored : -1;
	}

	/** A transaction id every transaction running now has passed. */
	private long committedTx() {
		String xmin = this.app.queryForObject("select pg_snapshot_xmin(pg_current_snapshot())::text", String.class);
		return Long.parseLong(xmin) - 1;
	}

}
