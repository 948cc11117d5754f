package org.opencontest.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.ServletInputStream;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.ElementRequestHandler;

import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Sends a file to an {@link Upload} the way the browser does (one multipart request per file, to the component's
 * upload URL), through Vaadin's own request handling, so a test sees how much of the body the server read.
 */
public final class UploadRequests {

    private static final String BOUNDARY = "----opencontest-upload-boundary";

    private UploadRequests() {
    }

    /** What the server answered and how many bytes of the body it read. */
    public record Sent(int status, long bytesRead) {
    }

    /** Call inside the Karibu UI (the session lock is held, as it is for the view's own code). */
    public static Sent send(Upload upload, String fileName, InputStream content) {
        VaadinSession session = VaadinSession.getCurrent();
        String target = upload.getElement().getAttribute("target");
        ElementRequestHandler handler = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(target))
                .orElseThrow(() -> new IllegalStateException("No upload handler at " + target))
                .getElementRequestHandler();
        CountingInputStream body = new CountingInputStream(multipart(fileName, content));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/" + target) {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }
        };
        request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
        MockHttpServletResponse response = new MockHttpServletResponse();
        VaadinServletService service = (VaadinServletService) session.getService();
        session.unlock();
        try {
            handler.handleRequest(new VaadinServletRequest(request, service),
                    new VaadinServletResponse(response, service), session, upload.getElement());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            session.lock();
        }
        return new Sent(response.getStatus(), body.count());
    }

    private static InputStream multipart(String fileName, InputStream content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), content,
                new ByteArrayInputStream(tail))));
    }
}
