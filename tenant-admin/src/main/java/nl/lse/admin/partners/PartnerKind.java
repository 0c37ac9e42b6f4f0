package nl.lse.admin.partners;

/** What kind of organisation a chain partner is (as the registry's check allows). */
public enum PartnerKind {

	POLICE, YOUTH_CARE, MENTAL_HEALTH, PROBATION, SCHOOL, SAFETY_HOUSE, SOCIAL_TEAM, OTHER

}
