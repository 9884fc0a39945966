package org.endorse.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.endorse.system.EngineExtensions;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.PlainText;
import org.springframework.stereotype.Component;

/**
 * Users' and groups' names and mail addresses are texts Endorse prints in its pages, mails and records. Whoever
 * writes them (Camunda Admin, {@code /engine-rest/user/{id}/profile}, My account, the demo users' seeding), they
 * hold no character that no page, mail or record can carry (a NUL, say), no line break or tab (each is one line of
 * a greeting or a mail header), and fit their columns (255 characters): the engine refuses anything else with 400,
 * naming the field, before it is stored. Only what is written is checked (a user created or saved), never a row the
 * engine only touches, such as the count of a login's attempts, so no login fails on a name stored before.
 */
@Component
class IdentityTextRules extends AbstractProcessEnginePlugin {

    /** Camunda's columns for these texts. */
    private static final int LONGEST = 255;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(EngineExtensions.with(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new RefuseUnprintableTexts()));
    }

    private static final class RefuseUnprintableTexts extends CommandInterceptor {

        /** The identity tables' rows; looked up by type, so that a command that writes none pays nothing. */
        private static final List<Class<? extends DbEntity>> IDENTITY_ROWS = List.of(UserEntity.class,
                GroupEntity.class, TenantEntity.class);

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
            for (Class<? extends DbEntity> type : IDENTITY_ROWS) {
                for (DbEntity entity : cache.getEntitiesByType(type)) {
                    if (isWritten(cache.getCachedEntity(entity))) {
                        texts(entity).forEach(IdentityTextRules::check);
                    }
                }
            }
            return result;
        }

        /** Created, or saved whole (Camunda saves a user or group it updates by merging it). */
        private static boolean isWritten(CachedDbEntity row) {
            return row.getEntityState() == DbEntityState.TRANSIENT || row.getEntityState() == DbEntityState.MERGED;
        }

        /** The texts a row of the identity tables holds, by the field a request names them with. */
        private static Map<String, String> texts(DbEntity entity) {
            Map<String, String> texts = new LinkedHashMap<>();
            if (entity instanceof UserEntity user) {
                texts.put("firstName", user.getFirstName());
                texts.put("lastName", user.getLastName());
                texts.put("email", user.getEmail());
            } else if (entity instanceof GroupEntity group) {
                texts.put("name", group.getName());
                texts.put("type", group.getType());
            } else if (entity instanceof TenantEntity tenant) {
                texts.put("name", tenant.getName());
            }
            texts.values().removeIf(Objects::isNull);
            return texts;
        }
    }

    private static void check(String field, String text) {
        try {
            PlainText.require(field, text);
        } catch (InvalidFieldException unprintable) {
            throw new BadUserRequestException(field + " " + unprintable.getMessage());
        }
        if (text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            throw new BadUserRequestException(field + " may not hold a line break or a tab: it is one line");
        }
        if (text.length() > LONGEST) {
            throw new BadUserRequestException(field + " is longer than " + LONGEST + " characters; shorten it");
        }
    }
}
