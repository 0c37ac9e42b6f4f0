/**
 * tenant-admin's Keycloak work through the official admin client: organizations (one per
 * municipality, alias = tenant code), their municipality role groups and their users.
 * tenant-admin is the only app that holds Keycloak admin credentials.
 */
@NullMarked
package nl.lse.admin.identity;

import org.jspecify.annotations.NullMarked;
