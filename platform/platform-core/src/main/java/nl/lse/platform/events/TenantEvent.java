package nl.lse.platform.events;

import nl.lse.platform.tenancy.TenantId;

/**
 * Something that happened in one tenant, named in the past tense, published with
 * {@link TenantEvents} and delivered to {@code @EventListener} methods by the
 * {@link EventRelay}. A record of values that JSON can carry (it is stored until
 * delivered); listeners may get it more than once, so what they do must be idempotent.
 */
public interface TenantEvent {

	/** The tenant it happened in; the relay refuses an event stored in another tenant. */
	TenantId tenant();

}
