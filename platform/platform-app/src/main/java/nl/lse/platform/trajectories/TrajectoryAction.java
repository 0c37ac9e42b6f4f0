package nl.lse.platform.trajectories;

import java.util.EnumSet;
import java.util.Set;

import nl.lse.platform.casework.CaseRole;

/**
 * What can be done next with a trajectory, and who may do it. Whether it can be done now
 * is the trajectory's own rule ({@link Trajectory#allowedActions}); the API lists the
 * allowed ones with every trajectory and the portal offers exactly those.
 */
public enum TrajectoryAction {

	COMMISSION(Who.LEAD), WITHDRAW_COMMISSION(Who.LEAD), ASSIGN(Who.LEAD), START_INTAKE(Who.WORK),
	RECORD_HELP_QUESTIONS(Who.WORK), UPDATE_HELP_QUESTION(Who.WORK), RECORD_CONSENT(Who.WORK),
	WITHDRAW_CONSENT(Who.LEAD_OR_LSE), START_PLANNING(Who.WORK), DRAFT_PLAN(Who.WORK), AGREE_PLAN(Who.WORK),
	START_SUPPORT(Who.WORK), EVALUATE_PLAN(Who.WORK), LOG_CONTACT(Who.WORK), AGREE_AFTERCARE(Who.WORK),
	RECORD_AFTERCARE_CONTACT(Who.MUNICIPALITY_OR_LSE), CHOOSE_LOCAL_PARTNER(Who.WORK), START_HANDOVER(Who.WORK),
	CHECK_HANDOVER(Who.WORK), ACCEPT_HANDOVER(Who.RECEIVER), CLOSE(Who.LEAD);

	private final Who who;

	TrajectoryAction(Who who) {
		this.who = who;
	}

	public boolean mayBeDoneBy(CaseRole role) {
		return this.who.roles.contains(role);
	}

	/** The refusal of someone who may not do this, in Dutch. */
	String notYours() {
		return this.who.refusal;
	}

	/** The groups of roles the rules name. */
	private enum Who {

		/** The municipality leads: commissions, assigns, accepts, closes. */
		LEAD(EnumSet.of(CaseRole.CASE_DIRECTOR), "Alleen de casusregiehouder mag dit doen."),
		/**
		 * LSE carries out the trajectory: intake, plan, support, contacts, aftercare and
		 * handover; the municipality commissions, follows and accepts.
		 */
		WORK(EnumSet.of(CaseRole.LSE_WORKER), "Dit is het werk van de LSE-medewerker op de casus."),
		/** Both may record what the family says, such as a withdrawal of consent. */
		LEAD_OR_LSE(EnumSet.of(CaseRole.CASE_DIRECTOR, CaseRole.LSE_WORKER),
				"Alleen de casusregiehouder en de LSE-medewerkers op de casus leggen dit vast."),
		/**
		 * The receiver of a handover: the case director for the municipality (and on
		 * behalf of a named local provider without an account), a chain partner for their
		 * own organisation ({@code Trajectory.mayAccept} decides which).
		 */
		RECEIVER(EnumSet.of(CaseRole.CASE_DIRECTOR, CaseRole.CHAIN_PARTNER),
				"Alleen wie de overdracht ontvangt, accepteert die."),
		/** Aftercare contacts: whoever of the municipality or LSE held them. */
		MUNICIPALITY_OR_LSE(EnumSet.of(CaseRole.CASE_DIRECTOR, CaseRole.LSE_WORKER, CaseRole.MUNICIPALITY_STAFF),
				"Alleen de gemeente en het LSE leggen nazorgcontacten vast.");

		private final Set<CaseRole> roles;

		private final String refusal;

		Who(Set<CaseRole> roles, String refusal) {
			this.roles = roles;
			this.refusal = refusal;
		}

	}

}
