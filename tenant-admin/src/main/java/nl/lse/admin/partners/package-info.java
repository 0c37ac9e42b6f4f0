/**
 * Chain partners: the registry of partner organisations (in {@code platform}), which
 * municipalities each serves (in each municipality's schema), and their users, invited
 * into each linked municipality's chain-partner group and affiliated there with their
 * organisation and since when.
 */
@NullMarked
package nl.lse.admin.partners;

import org.jspecify.annotations.NullMarked;
