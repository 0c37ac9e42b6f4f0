/**
 * What all case work shares: the caller as case work sees it, visibility of records, and
 * the refusals (a broken rule, a record the caller may not know of, a stale version).
 */
@NullMarked
package nl.lse.platform.casework;

import org.jspecify.annotations.NullMarked;
