/**
 * The municipality's users, managed by its case director from the portal: who works here
 * (from the directory tenant-admin keeps), and requests to add or remove someone, which
 * tenant-admin carries out in Keycloak (the portal holds no Keycloak admin credentials).
 */
@NullMarked
package nl.lse.platform.users;

import org.jspecify.annotations.NullMarked;
