/**
 * Binding the tenant of an HTTP request: the resolver contract the identity layer
 * implements, and the filter that enforces tenant status (maintenance, suspension).
 */
@NullMarked
package nl.lse.platform.tenancy.web;

import org.jspecify.annotations.NullMarked;
