/**
 * The access log (NEN 7513): audit events in each tenant, security events before a tenant
 * is entered, the hash chain that seals them and the verifier that checks it.
 */
@NullMarked
package nl.lse.platform.audit;

import org.jspecify.annotations.NullMarked;
