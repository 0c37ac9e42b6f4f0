package nl.lse.platform.casework;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something changed on a case (or a consultation without one) that may move the
 * assignment index or the central office's figures: LSE workers, phases, aftercare dates,
 * requests. Published inside the transaction of the change; listeners that write outside
 * the tenant act after it commits.
 */
public record CaseWorkChanged(@Nullable UUID caseId) {

}
