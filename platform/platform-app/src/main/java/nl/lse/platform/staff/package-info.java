/**
 * LSE's workers as the platform has seen them: recorded when they use it, listed by name
 * where someone hands them work, and named where their work is shown.
 */
@NullMarked
package nl.lse.platform.staff;

import org.jspecify.annotations.NullMarked;
