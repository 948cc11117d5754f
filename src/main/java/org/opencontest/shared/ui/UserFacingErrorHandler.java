package org.opencontest.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.opencontest.shared.error.ServiceOutages;
import org.opencontest.shared.error.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Last line of defence for exceptions that escape a view: user mistakes and refusals become a translated
 * notification (not logged as errors); anything else is logged and shown as a generic, translated failure.
 */
@Component
class UserFacingErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UserFacingErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Optional<UserFacingException> refusal = causeOfType(error, UserFacingException.class);
        if (UI.getCurrent() == null) {
            LOG.error("Error outside a UI", error);
            return;
        }
        if (refusal.isPresent()) {
            Notices.error(refusal.get());
        } else if (causeOfType(error, AccessDeniedException.class).isPresent()) {
            LOG.info("Access denied: {}", error.getMessage());
            Notices.error("error.accessDenied");
        } else if (causeOfType(error, ObjectOptimisticLockingFailureException.class).isPresent()) {
            Notices.error("error.concurrentEdit");
        } else if (ServiceOutages.messageKey(error) != null) {
            LOG.warn("Database unreachable: {}", error.toString());
            Notices.error(ServiceOutages.messageKey(error));
        } else {
            LOG.error("Unexpected error", error);
            Notices.error("error.unexpected");
        }
    }

    static <T extends Throwable> Optional<T> causeOfType(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
