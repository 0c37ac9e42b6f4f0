/**
 * Who may reach this app over HTTP: the health probes, nothing else yet.
 */
@NullMarked
package nl.lse.admin.security;

import org.jspecify.annotations.NullMarked;
