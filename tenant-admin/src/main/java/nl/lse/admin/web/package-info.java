/**
 * What every page and API operation of tenant-admin shares: how refusals are answered.
 */
@NullMarked
package nl.lse.admin.web;

import org.jspecify.annotations.NullMarked;
