package org.cybersudoe.web.internal.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.Anonymous;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.cybersudoe.web.internal.Samples;

/** A resource as an area would contribute it. */
@Path("/v1/sample/teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Samples.Team create(Samples.Team team, @Context SecurityContext security) {
        RestCallers.caller(security);
        return team;
    }

    @GET
    @Path("/{id: [0-9]+}")
    public Samples.Team get(@PathParam("id") int id) {
        if (id == 0) {
            throw new NotFoundException("team", id);
        }
        return new Samples.Team("Core", LocalDate.of(2025, 1, 31), Optional.of("Together"),
                List.of(new Samples.Member("ana", Samples.Role.STAFF)), 1);
    }

    /**
     * A versioned record, as the areas answer a GET of one; its version is the id asked. Its
     * signatories stand for what other records say of it, which changes without the version.
     */
    @GET
    @Path("/{id: [0-9]+}/charter")
    public Samples.Versioned charter(@PathParam("id") long id, @QueryParam("signatories") @DefaultValue("0") int signatories) {
        return new Samples.Versioned("Charter of team " + id + (signatories == 0 ? "" : ", signed by " + signatories), id);
    }

    /** A list as the areas page theirs, with two more integer parameters, one primitive. */
    @GET
    @Path("/list")
    public Map<String, Object> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @QueryParam("sort") String sort, @QueryParam("since") long since, @QueryParam("size") @DefaultValue("3") int size) {
        PageRequest page = RestParams.page(offset, limit, sort, List.of("name"));
        Map<String, Object> answer = new TreeMap<>();
        answer.put("offset", page.offset());
        answer.put("limit", page.limit());
        answer.put("since", since);
        answer.put("size", size);
        return answer;
    }

    /** An update as the areas write theirs: the version read, from the body or If-Match. */
    @PUT
    @Path("/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") int id, @HeaderParam("If-Match") String ifMatch, Samples.Versioned body) {
        return Map.of("version", RestParams.version(body == null ? null : body.version(), ifMatch));
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") String id) {
        throw new AccessDeniedException("partner.scope", "User 'ana' may not change records of partner 'ES01'.");
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    public void validate(Samples.Bag bag) {
        throw new ValidationException("name", "required", "is required");
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("jdbc:derby:secret-location");
    }

    @GET
    @Path("/me")
    public Map<String, Object> me(@Context SecurityContext security) {
        Caller caller = RestCallers.caller(security);
        Map<String, Object> me = new TreeMap<>();
        me.put("login", caller.login());
        me.put("roles", caller.roles());
        me.put("partner", caller.partnerCode());
        me.put("inRole", security.isUserInRole("partner-staff"));
        return me;
    }

    @GET
    @Path("/public")
    @Anonymous
    @Produces(MediaType.TEXT_PLAIN)
    public String hello(@Context SecurityContext security) {
        return "hello " + RestCallers.callerIfAny(security).map(Caller::login).orElse("stranger");
    }

    /** Open to anyone for what it says of itself, as the areas' self-service pages are; the rest needs a role. */
    @GET
    @Path("/public/roster")
    @Anonymous
    @Produces(MediaType.TEXT_PLAIN)
    public String roster(@Context SecurityContext security) {
        if (security == null || !security.isUserInRole("admin")) {
            throw new AccessDeniedException("forbidden", "The roster needs the admin role.");
        }
        return "roster";
    }

    @GET
    @Path("/public/strict")
    @Anonymous
    @Produces(MediaType.TEXT_PLAIN)
    public String strict(@Context SecurityContext security) {
        return RestCallers.caller(security).login();
    }
}
