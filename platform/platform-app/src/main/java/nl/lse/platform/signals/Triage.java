package nl.lse.platform.signals;

import java.util.UUID;

import nl.lse.platform.cases.SupportLevel;
import nl.lse.platform.trajectories.TrajectoryKind;
import nl.lse.platform.identity.Subject;
import org.jspecify.annotations.Nullable;

/**
 * The case director's decision on a signal.
 *
 * @param decision no action, a consultation, or a trajectory
 * @param reason why (required for no action)
 * @param caseId the case to join; a new case is opened when absent
 * @param severity severity of a new case (1 to 4)
 * @param supportLevel support level of a new case
 * @param question the question for a consultation
 * @param trajectoryKind the kind of trajectory
 * @param lseWorker the LSE worker who will carry out the trajectory, if known
 */
record Triage(Decision decision, @Nullable String reason, @Nullable UUID caseId, @Nullable Integer severity,
		@Nullable SupportLevel supportLevel, @Nullable String question, @Nullable TrajectoryKind trajectoryKind,
		@Nullable Subject lseWorker) {

	/** What follows a signal. */
	enum Decision {

		NO_ACTION, CONSULTATION, TRAJECTORY

	}

}
