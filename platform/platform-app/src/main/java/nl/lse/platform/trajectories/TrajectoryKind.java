package nl.lse.platform.trajectories;

/** Familiebegeleidingstraject or individuele begeleiding. */
public enum TrajectoryKind {

	FAMILY_SUPPORT, INDIVIDUAL_GUIDANCE

}
