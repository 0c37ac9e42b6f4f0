package nl.lse.platform.worklists;

import java.util.List;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.consultations.ConsultationService;
import nl.lse.platform.trajectories.TrajectoryService;
import nl.lse.platform.identity.Subject;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands an unassigned trajectory or consultation to an LSE worker. */
@Service
class WorkAssignment {

	private final JdbcTemplate jdbc;

	private final TrajectoryService trajectories;

	private final ConsultationService consultations;

	WorkAssignment(JdbcTemplate jdbc, TrajectoryService trajectories, ConsultationService consultations) {
		this.jdbc = jdbc;
		this.trajectories = trajectories;
		this.consultations = consultations;
	}

	@Transactional
	void assign(UUID itemId, Subject lseWorker, Caller caller) {
		List<String> kind = this.jdbc.queryForList("select item_kind from work_item where item_id = ?", String.class,
				itemId);
		if (kind.isEmpty()) {
			throw new NotFound(AuditEvent.denied(AuditObject.WORK_ITEM, itemId));
		}
		if ("TRAJECTORY".equals(kind.get(0))) {
			this.trajectories.distribute(itemId, lseWorker, caller);
		}
		else {
			this.consultations.distribute(itemId, lseWorker, caller);
		}
	}

}
