package nl.lse.admin.partners;

import java.util.UUID;

/** An organisation in the registry. */
public record PartnerOrganisation(UUID id, String name, String kind) {

}
