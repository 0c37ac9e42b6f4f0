/**
 * Trajectories: family support (familiebegeleiding) and individual guidance, from
 * referral through intake, consent, action plan and support, with their contacts.
 */
@NullMarked
package nl.lse.platform.trajectories;

import org.jspecify.annotations.NullMarked;
