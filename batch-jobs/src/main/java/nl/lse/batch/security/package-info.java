/**
 * Who may reach this app over HTTP: the health probes, nothing else yet.
 */
@NullMarked
package nl.lse.batch.security;

import org.jspecify.annotations.NullMarked;
