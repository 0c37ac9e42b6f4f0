package nl.lse.platform.portal;

/**
 * One option of a select whose labels are data, not messages (the persons of a case).
 *
 * @param value what the form sends
 * @param label what the user reads
 */
public record Choice(String value, String label) {

}
