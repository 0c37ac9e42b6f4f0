/**
 * Tenancy: which municipality a transaction works for, and how PostgreSQL enforces it.
 * The only package that switches roles and search paths or names tenant schemas.
 */
@NullMarked
package nl.lse.platform.tenancy;

import org.jspecify.annotations.NullMarked;
