/**
 * What the report jobs (batch-jobs) and the report pages (platform-app) share: the
 * reports (job, address, name) and a report's period.
 */
@NullMarked
package nl.lse.platform.reporting;

import org.jspecify.annotations.NullMarked;
