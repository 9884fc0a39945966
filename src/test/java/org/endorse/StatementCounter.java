package org.endorse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements a piece of work sends to the database, on the thread that does it: the domain's queries
 * through JPA and the engine's through MyBatis alike, since both take their connections from the one data source this
 * wraps. The tests' application context has it ({@link EndorseTest}); nothing else does.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** The number of statements the work sent, with what it returned. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        COUNT.set(new int[1]);
        try {
            T result = work.get();
            return new Counted<>(result, COUNT.get()[0]);
        } finally {
            COUNT.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource);
        }
        return bean;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    int[] counted = COUNT.get();
                    if (counted != null && type == Connection.class && STATEMENTS.contains(method.getName())) {
                        counted[0]++;
                    }
                    try {
                        Object result = method.invoke(target, arguments);
                        return result instanceof Connection connection && type == DataSource.class
                                ? proxy(Connection.class, connection) : result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
