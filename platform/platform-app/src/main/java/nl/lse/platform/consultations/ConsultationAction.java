package nl.lse.platform.consultations;

/**
 * What can be done next with a consultation: taken up by an LSE worker (general questions
 * only), advised by the worker who has it, closed by the case director or whoever asked.
 */
public enum ConsultationAction {

	TAKE, ADVISE, CLOSE

}
