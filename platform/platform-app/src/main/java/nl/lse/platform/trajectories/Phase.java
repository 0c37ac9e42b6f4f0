package nl.lse.platform.trajectories;

/**
 * Where a trajectory is: REFERRED, INTAKE, PLANNING, SUPPORT, HANDOVER, AFTERCARE,
 * CLOSED.
 */
public enum Phase {

	REFERRED, INTAKE, PLANNING, SUPPORT, HANDOVER, AFTERCARE, CLOSED

}
