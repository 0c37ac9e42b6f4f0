package nl.lse.platform.audit;

import java.util.UUID;

import nl.lse.platform.tenancy.web.TenantAccessDenied;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Denials before a tenant is entered go to {@code platform.security_event}, written as
 * the runtime login outside any tenant. An anonymous request never gets this far (its 401
 * is in the application log only). The refusal stands even if the event cannot be
 * written; that failure is logged as an error.
 */
public class SecurityEvents {

	private static final Log logger = LogFactory.getLog(SecurityEvents.class);

	private final JdbcOperations jdbc;

	private final AuditActors actors;

	SecurityEvents(JdbcOperations jdbc, AuditActors actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	/**
	 * Records a refusal outside any tenant that is not the tenant gate's (a report scope
	 * the caller may not see), the same way.
	 */
	public void refused(TenantAccessDenied denied) {
		on(denied);
	}

	@EventListener
	void on(TenantAccessDenied denied) {
		this.actors.outsideTenant()
			.ifPresentOrElse((actor) -> record(denied, actor),
					() -> logger.info("Anonymous request for a tenant address refused: " + denied.reason()));
	}

	private void record(TenantAccessDenied denied, Actor actor) {
		String outcome = (denied.reason() == TenantAccessDenied.Reason.SUSPENDED) ? "DENIED" : "NOT_FOUND";
		try {
			this.jdbc.update("""
					insert into platform.security_event (id, action, outcome, reason, tenant_code, subject_id,
						subject_name, subject_role, organisation, client_id, source_address)
					values (?, 'DENY', ?, ?, ?, ?, ?, ?, ?, ?, ?::inet)""", UUID.randomUUID(), outcome,
					denied.reason().name(), (denied.tenant() != null) ? denied.tenant().code() : null,
					actor.subjectId(), actor.subjectName(), actor.role(), actor.organisation(), actor.clientId(),
					actor.sourceAddress());
		}
		catch (DataAccessException ex) {
			logger.error("Could not record the denial of " + denied + " for " + actor.subjectId(), ex);
		}
	}

}
