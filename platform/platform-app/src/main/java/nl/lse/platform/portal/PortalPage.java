package nl.lse.platform.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the portal's pages: it gets the page frame (who is signed in, the
 * municipality, the tenant switcher) and refusals as pages instead of ProblemDetails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PortalPage {

}
