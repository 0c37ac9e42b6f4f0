/**
 * The case page (casusdossier): one case with its persons, team, trajectories, contacts,
 * timeline and who saw it, and the forms that act on the case as a whole.
 */
@NullMarked
package nl.lse.platform.casefile;

import org.jspecify.annotations.NullMarked;
