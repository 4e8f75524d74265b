package org.cybersudoe.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS resource class or method that answers without credentials (health, the
 * public portal). Credentials sent anyway are still checked and, when valid, give the request
 * its caller; invalid ones are ignored rather than refused. Everything not marked needs HTTP
 * Basic credentials of the {@code karaf} realm.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Anonymous {
}
