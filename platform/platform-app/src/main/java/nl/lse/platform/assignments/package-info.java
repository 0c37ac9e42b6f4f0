/**
 * The assignment index in {@code platform}: which LSE worker is on which case in which
 * municipality, kept in step with the case teams, and {@code /api/v1/me/assignments}.
 */
@NullMarked
package nl.lse.platform.assignments;

import org.jspecify.annotations.NullMarked;
