/**
 * Self-referrals (zelfmeldingen): families that contact LSE themselves, held in LSE's own
 * records until the family agrees that the municipality is told, then moved into the
 * municipality's schema as a signal its case director commissions; destroyed when the
 * family refuses.
 */
@NullMarked
package nl.lse.platform.selfreferrals;

import org.jspecify.annotations.NullMarked;
