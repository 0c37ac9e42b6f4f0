package nl.lse.platform.web;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditTrail;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Writes a refusal's audit event once the refused work has rolled back and returned its
 * connection. The API and the portal both answer 503 (every refusal alike) when it cannot
 * be written.
 */
@Component
public class Denials {

	private static final Log logger = LogFactory.getLog(Denials.class);

	private final AuditTrail audit;

	Denials(AuditTrail audit) {
		this.audit = audit;
	}

	/** Whether the denial is on record. */
	public boolean record(AuditEvent denial) {
		try {
			this.audit.recordDenial(denial);
			return true;
		}
		catch (RuntimeException failure) {
			logger.error("Could not record a denial in the audit trail", failure);
			return false;
		}
	}

}
