package org.cybersudoe.benchmark.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.benchmark.internal.BenchmarkTexts;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.SoapCallers;
import org.cybersudoe.web.SoapParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The published evaluation sheets over SOAP, for regional systems that integrate by WSDL:
 * read one, or search them (same full-text search and filters as REST). Only published
 * sheets: drafts and sheets under review stay in the platform.
 */
@Component(service = SheetsEndpoint.class, property = "cybersudoe.soap.path=/benchmark/sheets")
@WebService(serviceName = "BenchmarkSheets", portName = "BenchmarkSheetsPort",
        targetNamespace = SheetsEndpoint.NAMESPACE, name = "BenchmarkSheets")
public class SheetsEndpoint {

    public static final String NAMESPACE = "urn:cybersudoe:benchmark:sheets:1";

    private final SheetService sheets;

    @Activate
    public SheetsEndpoint(@Reference SheetService sheets) {
        this.sheets = sheets;
    }

    @WebMethod
    @WebResult(name = "sheet")
    public SheetInfo findSheet(@WebParam(name = "id") Long id) {
        Sheet s = sheets.get(caller(), SoapParams.required("id", id));
        if (s.status() != SheetStatus.PUBLISHED) {
            throw new NotFoundException(BenchmarkTexts.MESSAGES.text("error.not-found.published-sheet", id));
        }
        return SheetInfo.of(s);
    }

    @WebMethod
    @WebResult(name = "sheet")
    public List<SheetInfo> searchSheets(@WebParam(name = "text") String text, @WebParam(name = "language") String language,
            @WebParam(name = "theme") String theme, @WebParam(name = "sector") String sector,
            @WebParam(name = "country") String country, @WebParam(name = "method") String method,
            @WebParam(name = "offset") Integer offset, @WebParam(name = "limit") Integer limit) {
        Language lang = language == null || language.isBlank() ? null : Language.fromCode(language)
                .filter(l -> l.code().equals(language.strip()))
                .orElseThrow(() -> new ValidationException("language", "invalid-value",
                        BenchmarkTexts.MESSAGES.text("error.field.language")));
        SheetQuery query = new SheetQuery(text, lang, theme, sector, country, method, SheetStatus.PUBLISHED, null);
        return sheets.search(caller(), query, PageRequest.of(offset, limit, null, SheetService.SORTABLE)).items().stream()
                .map(SheetInfo::of).toList();
    }

    private static Caller caller() {
        return SoapCallers.current();
    }
}
