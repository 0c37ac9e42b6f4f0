package nl.lse.platform.partners;

import java.io.Serializable;
import java.util.UUID;

/**
 * A chain-partner organisation (ketenpartner) of the registry, e.g. "Politie Eenheid
 * Amsterdam".
 *
 * @param id registry id
 * @param name the organisation's name
 * @param kind police, youth care, mental health...
 */
public record PartnerOrganisation(UUID id, String name, String kind) implements Serializable {

}
