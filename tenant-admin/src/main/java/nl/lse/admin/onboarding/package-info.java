/**
 * Onboarding municipalities: provisioning their tenant, and the demo municipalities of a
 * local run.
 */
@NullMarked
package nl.lse.admin.onboarding;

import org.jspecify.annotations.NullMarked;
