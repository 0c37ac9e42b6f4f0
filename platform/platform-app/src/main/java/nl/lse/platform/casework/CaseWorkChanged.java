package nl.lse.platform.casework;

import java.util.UUID;

/**
 * Something changed on a case that may move the assignment index: its LSE workers, the
 * phase of their work, its aftercare dates. Published inside the transaction of the
 * change; listeners that write outside the tenant act after it commits.
 */
public record CaseWorkChanged(UUID caseId) {

}
