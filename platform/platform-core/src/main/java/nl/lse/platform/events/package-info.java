/**
 * Events of a tenant for listeners outside its transaction: written to the tenant's own
 * outbox in the transaction of the change they report, and handed to the listeners after
 * commit by a relay that enters each tenant in turn, so that none is lost when the app
 * stops between the commit and the listener (docs/architecture.md, "Events").
 */
@NullMarked
package nl.lse.platform.events;

import org.jspecify.annotations.NullMarked;
