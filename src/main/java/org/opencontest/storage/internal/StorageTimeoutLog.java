package org.opencontest.storage.internal;

import java.io.IOException;
import java.io.InterruptedIOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in the log when a call to the object store ran into one of the {@link StorageTimeouts}: the action that
 * waited fails with "storage unavailable", and without this line an operator would see nothing of a frozen store.
 * The query string (a request signature) is left out.
 */
class StorageTimeoutLog implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(StorageTimeoutLog.class);

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        try {
            return chain.proceed(request);
        } catch (InterruptedIOException timeout) {
            LOG.warn("Object store timed out on {} {}{} (connect {} ms, read {} ms, write {} ms): {}", request.method(),
                    request.url().host(), request.url().encodedPath(), chain.connectTimeoutMillis(),
                    chain.readTimeoutMillis(), chain.writeTimeoutMillis(), timeout.toString());
            throw timeout;
        }
    }
}
