package org.endorse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a random port with an in-memory database, the demo users and the job executor off.
 * Every test class using it shares one application context, so the suite starts Endorse once. Metrics are
 * exported as in production, so /actuator/prometheus can be tested. Its statements can be counted
 * ({@link StatementCounter}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EndorseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@AutoConfigureObservability(tracing = false)
@Import(StatementCounter.class)
public @interface EndorseTest {
}
