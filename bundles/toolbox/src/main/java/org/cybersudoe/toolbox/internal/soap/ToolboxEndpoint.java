package org.cybersudoe.toolbox.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlAttribute;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.XmlValue;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.ResourceKind;
import org.cybersudoe.toolbox.ResourceQuery;
import org.cybersudoe.toolbox.ResourceService;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.cybersudoe.toolbox.ToolResource;
import org.cybersudoe.toolbox.internal.ToolboxTexts;
import org.cybersudoe.web.SoapCallers;
import org.cybersudoe.web.SoapParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The toolbox over SOAP, read only, for regional systems that integrate by WSDL: the themes
 * and the resources per theme with their language versions.
 */
@Component(service = ToolboxEndpoint.class, property = "cybersudoe.soap.path=/toolbox/resources")
@WebService(serviceName = "ToolboxResources", portName = "ToolboxResourcesPort",
        targetNamespace = ToolboxEndpoint.NAMESPACE, name = "ToolboxResources")
public class ToolboxEndpoint {

    public static final String NAMESPACE = "urn:cybersudoe:toolbox:resources:1";

    private final ThemeRegistry themes;
    private final ResourceService resources;

    @Activate
    public ToolboxEndpoint(@Reference ThemeRegistry themes, @Reference ResourceService resources) {
        this.themes = themes;
        this.resources = resources;
    }

    @WebMethod
    @WebResult(name = "theme")
    public List<ThemeInfo> listThemes(@WebParam(name = "includeUnavailable") boolean includeUnavailable) {
        return themes.list(caller(), includeUnavailable).stream().map(ThemeInfo::of).toList();
    }

    @WebMethod
    @WebResult(name = "resource")
    public List<ResourceInfo> listResources(@WebParam(name = "theme") String theme, @WebParam(name = "kind") String kind) {
        ResourceKind k = kind == null || kind.isBlank() ? null : ResourceKind.fromCode(kind).orElseThrow(
                () -> new ValidationException("kind", "invalid-value",
                        ToolboxTexts.MESSAGES.text("error.field.resource-kind")));
        return resources.list(caller(), new ResourceQuery(theme, k, null), new PageRequest(0, PageRequest.MAX_LIMIT, List.of()))
                .items().stream().map(ResourceInfo::of).toList();
    }

    @WebMethod
    @WebResult(name = "resource")
    public ResourceInfo getResource(@WebParam(name = "id") Long id) {
        return ResourceInfo.of(resources.get(caller(), SoapParams.required("id", id)));
    }

    private static Caller caller() {
        return SoapCallers.current();
    }

    /** One language of a text: {@code <name lang="fr">...</name>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "localizedText", namespace = NAMESPACE)
    public static class Text {
        @XmlAttribute(name = "lang")
        public String language;
        @XmlValue
        public String text;

        static List<Text> of(LocalizedText t) {
            return t.languages().stream().sorted().map(l -> {
                Text x = new Text();
                x.language = l.code();
                x.text = t.exact(l).orElse("");
                return x;
            }).toList();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "theme", namespace = NAMESPACE)
    public static class ThemeInfo {
        public String code;
        public String kind;
        @XmlElement(name = "name")
        public List<Text> names = new ArrayList<>();
        public boolean available;

        static ThemeInfo of(Theme t) {
            ThemeInfo i = new ThemeInfo();
            i.code = t.code();
            i.kind = t.kind();
            i.names = new ArrayList<>(Text.of(t.name()));
            i.available = t.available();
            return i;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "languageVersion", namespace = NAMESPACE)
    public static class VersionInfo {
        @XmlAttribute(name = "lang")
        public String language;
        public String title;
        public String location;
        public String status;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "resource", namespace = NAMESPACE)
    public static class ResourceInfo {
        public long id;
        public String theme;
        public String kind;
        public String ownerPartner;
        public String originalLanguage;
        public String origin;
        @XmlElement(name = "languageVersion")
        public List<VersionInfo> versions = new ArrayList<>();
        public long version;

        static ResourceInfo of(ToolResource r) {
            ResourceInfo i = new ResourceInfo();
            i.id = r.id();
            i.theme = r.themeCode();
            i.kind = r.kind().code();
            i.ownerPartner = r.ownerPartner();
            i.originalLanguage = r.originalLanguage().code();
            i.origin = r.origin();
            r.versions().forEach(v -> {
                VersionInfo x = new VersionInfo();
                x.language = v.language().code();
                x.title = v.title();
                x.location = v.location();
                x.status = v.status().code();
                i.versions.add(x);
            });
            i.version = r.version();
            return i;
        }
    }
}
