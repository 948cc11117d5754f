package org.opencontest.support;

import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Hibernate interceptor of {@link OutageTest}'s application: once armed, stops its S3 server the moment a row of
 * the armed entity is inserted, so that the store goes away in the middle of a service call, between two steps of
 * its own. Hibernate creates it by name ({@code hibernate.session_factory.interceptor}).
 */
public class StopsTheStoreOnInsert implements Interceptor {

    private static volatile String armedFor;

    /** The next insert of an entity of this simple class name stops the store. */
    public static void arm(String entityName) {
        armedFor = entityName;
    }

    static void disarm() {
        armedFor = null;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (entity.getClass().getSimpleName().equals(armedFor)) {
            armedFor = null;
            OutageTest.store().stop();
        }
        return false;
    }
}
