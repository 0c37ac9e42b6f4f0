package nl.lse.platform.closure;

import java.util.UUID;

import nl.lse.platform.cases.OpenWork;
import nl.lse.platform.consultations.ConsultationService;
import nl.lse.platform.trajectories.TrajectoryService;

import org.springframework.stereotype.Component;

/**
 * Whether LSE still has open work on a case: a trajectory or a consultation that has not
 * closed. The case director closes a case only when it has none; LSE's work ending never
 * closes the case by itself (the municipality keeps the lead).
 */
@Component
class CaseClosure implements OpenWork {

	private final TrajectoryService trajectories;

	private final ConsultationService consultations;

	CaseClosure(TrajectoryService trajectories, ConsultationService consultations) {
		this.trajectories = trajectories;
		this.consultations = consultations;
	}

	@Override
	public boolean onCase(UUID caseId) {
		return this.trajectories.openOnCase(caseId) > 0 || this.consultations.openOnCase(caseId) > 0;
	}

}
