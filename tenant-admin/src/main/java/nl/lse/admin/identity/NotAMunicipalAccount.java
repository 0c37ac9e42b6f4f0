package nl.lse.admin.identity;

/**
 * The e-mail address belongs to an account that is not a municipal user (an LSE worker,
 * an administrator): tenant-admin's service account may not manage it, and a municipality
 * may not take it over.
 */
public class NotAMunicipalAccount extends IllegalStateException {

	private final String email;

	public NotAMunicipalAccount(String email) {
		super("Het account met e-mailadres " + email
				+ " is geen gemeentelijk account (het hoort bij LSE); kies een ander e-mailadres.");
		this.email = email;
	}

	public String email() {
		return this.email;
	}

}
