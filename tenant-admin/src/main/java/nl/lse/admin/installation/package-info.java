/**
 * Setting up a new installation: database, roles, schemas and provisioning functions.
 */
@NullMarked
package nl.lse.admin.installation;

import org.jspecify.annotations.NullMarked;
