package org.cybersudoe.engagement.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.engagement.CompanyHistory;
import org.cybersudoe.engagement.HistoryService;
import org.cybersudoe.engagement.PartnerPlan;
import org.cybersudoe.engagement.PlanService;
import org.cybersudoe.engagement.internal.rest.Bodies.HistoryBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The partners' plans and a company's history with the programme (network readers). */
@Component(service = PlanResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/engagement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "engagement: plans and history", description = "Done, planned and target per partner; a company's history")
public class PlanResource {

    private final PlanService plans;
    private final HistoryService history;

    @Activate
    public PlanResource(@Reference PlanService plans, @Reference HistoryService history) {
        this.plans = plans;
        this.history = history;
    }

    @GET
    @Path("plans")
    @Operation(summary = "Every partner's events and missions: held/done, planned, target; events per theme; companies reached")
    public List<PartnerPlan> plans(@Context SecurityContext security) {
        return plans.plans(RestCallers.caller(security));
    }

    @GET
    @Path("plans/{partner}")
    @Operation(summary = "One partner's plan")
    public PartnerPlan plan(@Context SecurityContext security, @PathParam("partner") String partner) {
        return plans.plan(RestCallers.caller(security), partner);
    }

    @GET
    @Path("companies/{id}/history")
    @Operation(summary = "A company's events (with attendance) and missions, newest first")
    public HistoryBody history(@Context SecurityContext security, @PathParam("id") long id) {
        CompanyHistory h = history.history(RestCallers.caller(security), id);
        return Bodies.body(h);
    }
}
