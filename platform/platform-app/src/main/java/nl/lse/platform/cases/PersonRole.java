package nl.lse.platform.cases;

/** How a person (betrokkene) is involved in a case. */
public enum PersonRole {

	PERSON_OF_CONCERN, PARENT, SIBLING, PARTNER, OTHER

}
