package nl.lse.platform.audit;

import java.util.UUID;

import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way case work records access: {@link #record} writes the event in the caller's
 * own tenant transaction, so the event and the work commit or fail together (and a
 * request whose event cannot be written fails and returns nothing). {@link #recordDenial}
 * writes in a transaction of its own, because the request that was refused rolls back.
 */
public class AuditTrail {

	private static final String INSERT = """
			insert into audit_event (id, action, outcome, subject_id, subject_name, subject_role, organisation,
				object_kind, object_id, case_id, listed_case_ids, purpose, client_id, source_address)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::inet)""";

	private final JdbcOperations jdbc;

	private final AuditActors actors;

	private final TenantTransactions tenants;

	private final AuditSealer sealer;

	private final AuditMetrics metrics;

	AuditTrail(JdbcOperations jdbc, AuditActors actors, TenantTransactions tenants, AuditSealer sealer,
			AuditMetrics metrics) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.tenants = tenants;
		this.sealer = sealer;
		this.metrics = metrics;
	}

	/**
	 * Records an event in the current tenant transaction, which must be read-write.
	 * @return the event id
	 */
	public UUID record(AuditEvent event) {
		TenantId tenant = tenantTransaction();
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("Audited work runs in a read-write transaction");
		}
		return record(tenant, event, this.actors.inTenant(tenant));
	}

	/**
	 * Records work the platform does itself (a scheduled job, a retried step), with no
	 * caller, in the current tenant transaction.
	 * @param clientId the job, as the log's client
	 */
	public UUID recordBySystem(AuditEvent event, String clientId) {
		return record(tenantTransaction(), event, Actor.system(clientId));
	}

	private static TenantId tenantTransaction() {
		TenantId tenant = TenantContext.current()
			.orElseThrow(() -> new IllegalStateException("Audit events are recorded inside a tenant"));
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Audit events are recorded inside the tenant's transaction");
		}
		return tenant;
	}

	private UUID record(TenantId tenant, AuditEvent event, Actor actor) {
		UUID id = insert(event, actor);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				AuditTrail.this.sealer.markDirty(tenant);
				AuditTrail.this.metrics.recorded(event);
			}
		});
		return id;
	}

	/**
	 * Records a refusal in a transaction of its own in the current tenant, so that it
	 * stays when the refused work rolls back.
	 */
	public UUID recordDenial(AuditEvent event) {
		TenantId tenant = TenantContext.current()
			.orElseThrow(() -> new IllegalStateException("Audit events are recorded inside a tenant"));
		return this.tenants.inTenant(tenant, (status) -> record(event));
	}

	private UUID insert(AuditEvent event, Actor actor) {
		UUID id = UUID.randomUUID();
		UUID[] listed = event.listedCaseIds().toArray(UUID[]::new);
		String objectKind = (event.objectKind() != null) ? event.objectKind().name() : null;
		this.jdbc.update(INSERT, id, event.action().name(), event.outcome().name(), actor.subjectId(),
				actor.subjectName(), actor.role(), actor.organisation(), objectKind, event.objectId(), event.caseId(),
				listed, event.purpose(), actor.clientId(), actor.sourceAddress());
		return id;
	}

}
