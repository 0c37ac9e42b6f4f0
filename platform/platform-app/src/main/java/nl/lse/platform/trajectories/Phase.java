package nl.lse.platform.trajectories;

/**
 * Where a trajectory is, in LSE's order of work: REFERRED, INTAKE, PLANNING, SUPPORT,
 * AFTERCARE (when the help questions are taken up and completed), HANDOVER (at the end of
 * aftercare, to the municipality or the local partner chosen during aftercare), CLOSED.
 */
public enum Phase {

	REFERRED, INTAKE, PLANNING, SUPPORT, AFTERCARE, HANDOVER, CLOSED

}
