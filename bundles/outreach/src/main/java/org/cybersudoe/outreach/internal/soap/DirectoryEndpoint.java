package org.cybersudoe.outreach.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.outreach.BounceService;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.DirectoryRow;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.web.SoapCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The company directory for regional CRMs: send batches of companies and contacts (the same
 * checks and matching as a file import, so sending a batch again changes nothing), and look
 * companies up by address or national id.
 */
@Component(service = DirectoryEndpoint.class, property = "cybersudoe.soap.path=/outreach/directory")
@WebService(serviceName = "CompanyDirectory", portName = "CompanyDirectoryPort", targetNamespace = DirectoryEndpoint.NAMESPACE,
        name = "CompanyDirectory")
public class DirectoryEndpoint {

    public static final String NAMESPACE = "urn:cybersudoe:outreach:directory:1";

    private final ImportService imports;
    private final DirectoryService directory;
    private final BounceService bounces;

    @Activate
    public DirectoryEndpoint(@Reference ImportService imports, @Reference DirectoryService directory,
            @Reference BounceService bounces) {
        this.imports = imports;
        this.directory = directory;
        this.bounces = bounces;
    }

    /** A delivery status notification (RFC 3464) as received, the whole MIME message in base64 (admins). */
    @WebMethod
    @WebResult(name = "applied")
    public boolean reportBounce(@WebParam(name = "message") byte[] message) {
        return bounces.report(SoapCallers.current(), message).applied();
    }

    @WebMethod
    @WebResult(name = "result")
    public UpsertResult upsertCompanies(@WebParam(name = "partner") String partner, @WebParam(name = "source") String source,
            @WebParam(name = "row") List<CompanyRow> rows) {
        List<DirectoryRow> batch = new ArrayList<>();
        if (rows != null) {
            for (int i = 0; i < rows.size(); i++) {
                CompanyRow r = rows.get(i) == null ? new CompanyRow() : rows.get(i);
                batch.add(new DirectoryRow(i + 1, r.companyName, r.nationalId, r.country, r.region, r.nace, r.size, r.founded,
                        r.foundedByWoman, r.website, r.contactName, r.email, r.language, r.consentBasis, r.consentDate,
                        r.consentSource));
            }
        }
        return UpsertResult.of(imports.upsert(SoapCallers.current(), partner, source == null ? "soap" : "soap: " + source, batch),
                SoapCallers.language());
    }

    @WebMethod
    @WebResult(name = "company")
    public List<CompanyInfo> findCompanies(@WebParam(name = "email") String email, @WebParam(name = "nationalId") String nationalId,
            @WebParam(name = "partner") String partner, @WebParam(name = "offset") Integer offset,
            @WebParam(name = "limit") Integer limit) {
        return directory.companies(SoapCallers.current(), new CompanyQuery(partner, null, null, null, null, null, email, nationalId),
                PageRequest.of(offset, limit, null, DirectoryService.SORTABLE)).items().stream().map(CompanyInfo::of).toList();
    }
}
