/**
 * Cases (casussen): the tenant's file around one person of concern and their family, its
 * reference, persons, assessment and team, and who may see which case.
 */
@NullMarked
package nl.lse.platform.cases;

import org.jspecify.annotations.NullMarked;
