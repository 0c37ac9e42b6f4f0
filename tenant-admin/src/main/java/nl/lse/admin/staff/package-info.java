/**
 * LSE's staff directory and the municipalities' e-mail directory, kept in step with
 * Keycloak: who works for LSE, in which role and team (for pickers and reports), and whom
 * to notify in each municipality.
 */
@NullMarked
package nl.lse.admin.staff;

import org.jspecify.annotations.NullMarked;
