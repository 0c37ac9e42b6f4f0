/**
 * Setting up an installation's roles and schemas (as a database superuser, once), and
 * provisioning and deprovisioning tenants through the SECURITY DEFINER functions.
 */
@NullMarked
package nl.lse.platform.tenancy.provisioning;

import org.jspecify.annotations.NullMarked;
