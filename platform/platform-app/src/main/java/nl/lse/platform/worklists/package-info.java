/**
 * Work lists (werkvoorraad) per role: my work, unassigned requests, everything the role
 * may see; filtered, searched, sorted and paged in the database.
 */
@NullMarked
package nl.lse.platform.worklists;

import org.jspecify.annotations.NullMarked;
