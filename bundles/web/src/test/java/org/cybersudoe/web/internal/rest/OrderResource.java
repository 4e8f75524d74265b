package org.cybersudoe.web.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cybersudoe.core.error.ValidationException;

/** Actions with effects a test can count: each call that runs adds one to {@link #runs}. */
@Path("/v1/sample/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    final AtomicInteger runs = new AtomicInteger();
    /** Calls to {@code /flaky} fail with an unexpected error while this is above zero. */
    final AtomicInteger failuresToCome = new AtomicInteger();
    /** Calls to {@code /slow} wait for this. */
    volatile CountDownLatch slowGate = new CountDownLatch(0);
    final CountDownLatch slowStarted = new CountDownLatch(1);

    /** Creates an order: 201, its Location, and the order with its number. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> order) {
        if (!order.containsKey("item")) {
            runs.incrementAndGet();
            throw new ValidationException("item", "required", "is required");
        }
        int number = runs.incrementAndGet();
        return Response.created(URI.create("http://localhost/api/v1/sample/orders/" + number))
                .entity(Map.of("number", number, "item", order.get("item"))).build();
    }

    @POST
    @Path("/flaky")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> flaky(Map<String, Object> order) {
        int number = runs.incrementAndGet();
        if (failuresToCome.getAndDecrement() > 0) {
            throw new IllegalStateException("the database went away");
        }
        return Map.of("number", number);
    }

    @POST
    @Path("/slow")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> slow(Map<String, Object> order) throws InterruptedException {
        int number = runs.incrementAndGet();
        slowStarted.countDown();
        slowGate.await(20, TimeUnit.SECONDS);
        return Map.of("number", number);
    }

    /** An action that answers 204. */
    @POST
    @Path("/cancel")
    public void cancel() {
        runs.incrementAndGet();
    }

    /** An upload: answers its size and SHA-256, as read by the resource. */
    @POST
    @Path("/attachment")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> attach(InputStream file) throws IOException, NoSuchAlgorithmException {
        runs.incrementAndGet();
        byte[] bytes = file.readAllBytes();
        return Map.of("size", bytes.length, "sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    /** A PUT, idempotent by itself: a key on it changes nothing. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> replace(Map<String, Object> order) {
        return Map.of("run", runs.incrementAndGet());
    }
}
