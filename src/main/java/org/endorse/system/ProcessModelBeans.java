package org.endorse.system;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Lets the expressions of process and decision models reach only the beans marked {@link ProcessModelBean}.
 * Camunda's Spring integration otherwise resolves any bean by name, so a deployed model could read the user
 * table through {@code ${jdbcTemplate...}}. Who may deploy a model at all is Camunda's DEPLOYMENT permission,
 * which only administrators hold.
 */
@Component
class ProcessModelBeans extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;

    ProcessModelBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<Object, Object> beans = new NamedBeans(context);
        // Scripts see the same beans as expressions (Camunda's BeansResolverFactory reads this map).
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    }

    /**
     * The marked beans by name. The beans are fetched when an expression first names them, not when the engine
     * starts: most of them use the engine's services themselves.
     */
    private static final class NamedBeans extends AbstractMap<Object, Object> {

        private final ApplicationContext context;
        private volatile Set<String> names;

        NamedBeans(ApplicationContext context) {
            this.context = context;
        }

        /** The marked beans' names and their aliases (a step that older versions of a model name otherwise). */
        private Set<String> names() {
            if (names == null) {
                names = Arrays.stream(context.getBeanNamesForAnnotation(ProcessModelBean.class))
                        .flatMap(name -> Stream.concat(Stream.of(name), Arrays.stream(context.getAliases(name))))
                        .collect(Collectors.toUnmodifiableSet());
            }
            return names;
        }

        @Override
        public boolean containsKey(Object name) {
            return names().contains(name);
        }

        @Override
        public Object get(Object name) {
            return containsKey(name) ? context.getBean((String) name) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names().stream().map(name -> Map.entry((Object) name, context.getBean(name)))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
