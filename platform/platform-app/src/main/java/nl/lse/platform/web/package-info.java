/**
 * What every case work endpoint shares: errors as ProblemDetail, pages, and the
 * Idempotency-Key of creates.
 */
@NullMarked
package nl.lse.platform.web;

import org.jspecify.annotations.NullMarked;
