package nl.lse.platform.closure;

import nl.lse.platform.cases.CaseService;
import nl.lse.platform.casework.WorkClosed;
import nl.lse.platform.consultations.ConsultationService;
import nl.lse.platform.trajectories.TrajectoryService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case closes when its last consultation and trajectory have closed (DESIGN.md section
 * 1), in the same transaction as the one that closed last.
 */
@Component
class CaseClosure {

	private final CaseService cases;

	private final TrajectoryService trajectories;

	private final ConsultationService consultations;

	CaseClosure(CaseService cases, TrajectoryService trajectories, ConsultationService consultations) {
		this.cases = cases;
		this.trajectories = trajectories;
		this.consultations = consultations;
	}

	@EventListener
	void on(WorkClosed closed) {
		this.cases.lockForClosure(closed.caseId());
		if (this.trajectories.openOnCase(closed.caseId()) == 0 && this.consultations.openOnCase(closed.caseId()) == 0) {
			this.cases.close(closed.caseId());
		}
	}

}
