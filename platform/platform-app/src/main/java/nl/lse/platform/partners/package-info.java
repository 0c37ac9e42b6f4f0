/**
 * A municipality's own records of which chain-partner organisation its partner users work
 * for: the API the case director uses, and the demo affiliations of a local run.
 */
@NullMarked
package nl.lse.platform.partners;

import org.jspecify.annotations.NullMarked;
