package nl.lse.platform.cases;

/** Ondersteuningsniveau. */
public enum SupportLevel {

	LIGHT, MEDIUM, INTENSIVE

}
