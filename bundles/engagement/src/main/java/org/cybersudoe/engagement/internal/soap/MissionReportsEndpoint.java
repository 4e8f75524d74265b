package org.cybersudoe.engagement.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.cybersudoe.engagement.MissionReport;
import org.cybersudoe.engagement.MissionService;
import org.cybersudoe.engagement.ReportDraft;
import org.cybersudoe.web.SoapCallers;
import org.cybersudoe.web.SoapParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Mission reports written in regional systems: submitted as drafts, then signed off on the platform. */
@Component(service = MissionReportsEndpoint.class, property = "cybersudoe.soap.path=/engagement/mission-reports")
@WebService(serviceName = "MissionReports", portName = "MissionReportsPort", targetNamespace = MissionReportsEndpoint.NAMESPACE,
        name = "MissionReports")
public class MissionReportsEndpoint {

    public static final String NAMESPACE = "urn:cybersudoe:engagement:missions:1";

    private final MissionService missions;

    @Activate
    public MissionReportsEndpoint(@Reference MissionService missions) {
        this.missions = missions;
    }

    /** A report as it travels. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "report", namespace = NAMESPACE)
    public static class ReportInfo {
        public long missionId;
        public String language;
        public String situation;
        public String needs;
        public String recommendations;
        public List<String> requirement;
        public String status;
        public long version;

        static ReportInfo of(MissionReport r) {
            ReportInfo i = new ReportInfo();
            i.missionId = r.missionId();
            i.language = r.language().code();
            i.situation = r.situation();
            i.needs = r.needs();
            i.recommendations = r.recommendations();
            i.requirement = r.specification();
            i.status = r.status().code();
            i.version = r.version();
            return i;
        }
    }

    @WebMethod
    @WebResult(name = "report")
    public ReportInfo submitReport(@WebParam(name = "missionId") Long missionId, @WebParam(name = "situation") String situation,
            @WebParam(name = "needs") String needs, @WebParam(name = "recommendations") String recommendations,
            @WebParam(name = "requirement") List<String> requirements, @WebParam(name = "version") Long version) {
        return ReportInfo.of(missions.writeReport(SoapCallers.current(), SoapParams.required("missionId", missionId),
                new ReportDraft(situation, needs, recommendations, requirements), version));
    }

    @WebMethod
    @WebResult(name = "pdf")
    public byte[] reportPdf(@WebParam(name = "missionId") Long missionId) {
        return missions.reportPdf(SoapCallers.current(), SoapParams.required("missionId", missionId));
    }
}
