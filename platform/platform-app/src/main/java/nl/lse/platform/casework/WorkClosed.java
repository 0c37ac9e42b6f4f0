package nl.lse.platform.casework;

import java.util.UUID;

/**
 * A consultation or trajectory of a case closed; the case closes when its last one has.
 * Published inside the transaction that closed it.
 */
public record WorkClosed(UUID caseId) {

}
