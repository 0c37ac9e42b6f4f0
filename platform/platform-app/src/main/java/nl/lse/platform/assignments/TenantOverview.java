package nl.lse.platform.assignments;

import java.sql.Date;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One municipality's figures and unassigned requests in {@code platform}, rebuilt from
 * its committed state after a change, under a lock per municipality (like the assignment
 * index), for the central office.
 */
@Component
class TenantOverview {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate platform;

	private final TenantTransactions tenants;

	TenantOverview(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, TenantTransactions tenants) {
		this.jdbc = jdbc;
		this.platform = new TransactionTemplate(transactionManager);
		this.tenants = tenants;
	}

	void rebuild(TenantId tenant) {
		this.platform.executeWithoutResult((status) -> {
			this.jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 1))", tenant.code());
			State state = this.tenants.inTenant(tenant, (tenantStatus) -> read());
			this.jdbc.update(
					"""
							insert into platform.tenant_caseload (tenant_code, open_cases, overdue_contacts, unassigned_requests)
							values (?, ?, ?, ?) on conflict (tenant_code) do update set open_cases = excluded.open_cases,
							overdue_contacts = excluded.overdue_contacts, unassigned_requests = excluded.unassigned_requests,
							updated_at = now()""",
					tenant.code(), state.openCases(), state.overdue(), state.unassigned().size());
			this.jdbc.update("delete from platform.unassigned_request where tenant_code = ?", tenant.code());
			for (Request request : state.unassigned()) {
				this.jdbc.update(
						"insert into platform.unassigned_request (tenant_code, item_id, item_kind, service,"
								+ " reference, since) values (?, ?, ?, ?, ?, ?)",
						tenant.code(), request.itemId(), request.kind(), request.service(), request.reference(),
						request.since());
			}
		});
	}

	private State read() {
		Integer open = this.jdbc.queryForObject("select count(*) from case_file where status = 'OPEN'", Integer.class);
		Integer overdue = this.jdbc.queryForObject("select count(*) from aftercare_contact ac join trajectory t"
				+ " on t.aftercare_id = ac.aftercare_id where t.phase = 'AFTERCARE' and ac.done_on is null"
				+ " and ac.due_on < current_date", Integer.class);
		List<Request> unassigned = this.jdbc.query("""
				select item_id, item_kind, service, reference, since from work_item
				where lse_worker is null and phase in ('REFERRED', 'REQUESTED') order by since""",
				(rs, row) -> new Request(rs.getObject("item_id", UUID.class), rs.getString("item_kind"),
						rs.getString("service"), rs.getString("reference"), rs.getDate("since")));
		return new State((open != null) ? open : 0, (overdue != null) ? overdue : 0, unassigned);
	}

	private record State(int openCases, int overdue, List<Request> unassigned) {
	}

	private record Request(UUID itemId, String kind, String service, @Nullable String reference, Date since) {
	}

}
