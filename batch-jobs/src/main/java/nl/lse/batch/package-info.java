/**
 * The batch-jobs app. Each job has its own package with one configuration class.
 */
@NullMarked
package nl.lse.batch;

import org.jspecify.annotations.NullMarked;
