package org.cybersudoe.network.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.DirectoryService;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.PersonDraft;
import org.cybersudoe.network.PersonQuery;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.network.internal.NetworkTexts;
import org.cybersudoe.web.SoapCallers;
import org.cybersudoe.web.SoapParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The network directory over SOAP, for regional systems that integrate by WSDL: look up a
 * structure, list structures by status, search people, and update a person's contact details
 * (partner scope applies: a partner's staff change only their own people).
 */
@Component(service = DirectoryEndpoint.class, property = "cybersudoe.soap.path=/network/directory")
@WebService(serviceName = "NetworkDirectory", portName = "NetworkDirectoryPort",
        targetNamespace = DirectoryEndpoint.NAMESPACE, name = "NetworkDirectory")
public class DirectoryEndpoint {

    public static final String NAMESPACE = "urn:cybersudoe:network:directory:1";
    private static final int MAX = PageRequest.MAX_LIMIT;

    private final StructureService structures;
    private final DirectoryService directory;

    @Activate
    public DirectoryEndpoint(@Reference StructureService structures, @Reference DirectoryService directory) {
        this.structures = structures;
        this.directory = directory;
    }

    @WebMethod
    @WebResult(name = "structure")
    public StructureInfo findStructure(@WebParam(name = "code") String code) {
        return StructureInfo.of(structures.get(caller(), code));
    }

    @WebMethod
    @WebResult(name = "structure")
    public List<StructureInfo> listStructures(@WebParam(name = "status") String status,
            @WebParam(name = "country") String country) {
        MembershipStatus s = status == null || status.isBlank() ? null : MembershipStatus.fromCode(status)
                .orElseThrow(() -> new ValidationException("status", "invalid-value",
                        NetworkTexts.MESSAGES.text("error.field.membership-status")));
        return structures.list(caller(), new StructureQuery(s, country, null), new PageRequest(0, MAX, List.of()))
                .items().stream().map(StructureInfo::of).toList();
    }

    @WebMethod
    @WebResult(name = "person")
    public List<PersonInfo> searchPeople(@WebParam(name = "name") String name,
            @WebParam(name = "structure") String structure, @WebParam(name = "country") String country) {
        return directory.search(caller(), new PersonQuery(name, structure, country), new PageRequest(0, MAX, List.of()))
                .items().stream().map(PersonInfo::of).toList();
    }

    /**
     * Changes a person's e-mail, phone and function, keeping the rest. {@code version} is the
     * one read; a stale one is a conflict fault.
     */
    @WebMethod
    @WebResult(name = "person")
    public PersonInfo updateContact(@WebParam(name = "personId") Long personId, @WebParam(name = "version") Long version,
            @WebParam(name = "email") String email, @WebParam(name = "phone") String phone,
            @WebParam(name = "function") String function) {
        Caller caller = caller();
        Person p = directory.get(caller, SoapParams.required("personId", personId));
        PersonDraft draft = new PersonDraft(p.firstName(), p.lastName(), p.structureCode(),
                function == null ? p.function() : function, email == null ? p.email() : email,
                phone == null ? p.phone() : phone, p.languages());
        return PersonInfo.of(directory.update(caller, personId, SoapParams.required("version", version), draft));
    }

    private static Caller caller() {
        return SoapCallers.current();
    }
}
