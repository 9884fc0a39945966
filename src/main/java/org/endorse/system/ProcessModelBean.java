package org.endorse.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that the process models (processes/*.bpmn, *.dmn) name in their expressions, such as a
 * delegate or {@code ${deadline.after(...)}}. Expressions see these beans and no other (see
 * {@link ProcessModelBeans}); put it on the class of a component or on a {@code @Bean} method.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProcessModelBean {
}
