package nl.lse.platform.partners;

import java.util.UUID;

/** A partner organisation that is not in the registry. */
public class UnknownPartnerOrganisationException extends IllegalArgumentException {

	public UnknownPartnerOrganisationException(UUID id) {
		super("Onbekende ketenpartnerorganisatie " + id);
	}

}
