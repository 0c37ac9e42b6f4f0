/**
 * The daily reminders by e-mail: aftercare contact moments due within a week or overdue
 * to the LSE worker on the trajectory and the municipality's case directors, handovers
 * waiting too long to LSE's coordinators; references and links only, never a name. Chain
 * partners are not told.
 */
@NullMarked
package nl.lse.batch.reminders;

import org.jspecify.annotations.NullMarked;
