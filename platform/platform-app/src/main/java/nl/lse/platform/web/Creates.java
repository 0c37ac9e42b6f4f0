package nl.lse.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint that creates a record and answers {@code 201 Created} with its location and
 * the new record, also when it answers through {@link Idempotency} (whose return type
 * cannot say what it holds). The API contract ({@code ApiContract}) reads it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Creates {

	/** The view of the created record in the answer. */
	Class<?> value();

}
