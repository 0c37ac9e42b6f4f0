package nl.lse.platform.assignments;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.casework.CaseWorkEvent;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code platform.assignment} in step with the tenants' case teams. Every case work
 * event, delivered by the event relay after its change committed (also after a crash),
 * rebuilds the case's rows and the municipality's overview from the tenant's committed
 * state. A lock per case, taken before the tenant is read, orders concurrent rebuilds, so
 * the last one always reads the newest state; a rebuild that fails throws, and the relay
 * tries the event again.
 */
@Component
public class AssignmentIndex {

	private static final String CASE_STATE = """
			select c.reference, m.subject,
				coalesce(
					(select t.phase from trajectory t where t.case_id = c.id and t.lse_worker = m.subject
						and t.phase <> 'CLOSED' order by t.created_at limit 1),
					(select 'CONSULTATION_' || q.status from consultation q where q.case_id = c.id
						and q.lse_worker = m.subject and q.status <> 'CLOSED' limit 1),
					'ON_TEAM') as phase,
				(select min(ac.due_on) from aftercare_contact ac join trajectory t on t.aftercare_id = ac.aftercare_id
					where t.case_id = c.id and ac.done_on is null) as next_due_on,
				(select count(*) from aftercare_contact ac join trajectory t on t.aftercare_id = ac.aftercare_id
					where t.case_id = c.id and ac.done_on is null and ac.due_on < current_date) as overdue
			from case_file c join case_member m on m.case_id = c.id
			where c.id = ? and c.status = 'OPEN' and m.kind = 'LSE_WORKER' and m.end_date is null""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate platform;

	private final TenantTransactions tenants;

	private final TenantOverview overview;

	AssignmentIndex(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, TenantTransactions tenants,
			TenantOverview overview) {
		this.overview = overview;
		this.jdbc = jdbc;
		this.platform = new TransactionTemplate(transactionManager);
		this.tenants = tenants;
	}

	@EventListener
	void on(CaseWorkEvent event) {
		UUID caseId = event.caseId();
		if (caseId != null) {
			rebuild(event.tenant(), caseId);
		}
		this.overview.rebuild(event.tenant());
	}

	/** Rebuilds the case's rows from the tenant's committed state. */
	public void rebuild(TenantId tenant, UUID caseId) {
		this.platform.executeWithoutResult((status) -> {
			String lock = tenant.code() + ":" + caseId;
			this.jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", lock);
			List<Row> rows = this.tenants.inTenant(tenant,
					(tenantStatus) -> this.jdbc.query(CASE_STATE,
							(rs, i) -> new Row(rs.getString("reference"), Subject.of(rs.getString("subject")),
									rs.getString("phase"), date(rs.getDate("next_due_on")), rs.getInt("overdue")),
							caseId));
			this.jdbc.update("delete from platform.assignment where tenant_code = ? and case_id = ?", tenant.code(),
					caseId);
			for (Row row : rows) {
				this.jdbc.update(
						"insert into platform.assignment (tenant_code, case_id, lse_worker, reference, phase,"
								+ " next_due_on, overdue_contacts) values (?, ?, ?, ?, ?, ?, ?)",
						tenant.code(), caseId, row.worker().value(), row.reference(), row.phase(), row.nextDueOn(),
						row.overdue());
			}
		});
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private record Row(String reference, Subject worker, String phase, @Nullable LocalDate nextDueOn, int overdue) {
	}

}
