package org.cybersudoe.network.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.cybersudoe.core.digest.Sha256;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.DocumentContent;
import org.cybersudoe.network.DocumentInfo;
import org.cybersudoe.network.DocumentService;
import org.cybersudoe.network.DocumentVersion;
import org.cybersudoe.network.FileUpload;
import org.cybersudoe.network.FolderType;
import org.cybersudoe.network.NewDocument;
import org.cybersudoe.network.internal.jpa.DocumentEntity;
import org.cybersudoe.network.internal.jpa.DocumentVersionEntity;
import org.cybersudoe.persistence.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

@Component(service = DocumentService.class, configurationPid = NetworkConfig.PID)
public class DocumentServiceImpl implements DocumentService {

    private static final Map<String, String> SORT = Map.of("title", "d.title", "updatedAt", "d.updatedAt");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+(\\s*;.*)?");
    private static final String VERSION_COLUMNS =
            "SELECT v.documentId, v.versionNo, v.fileName, v.contentType, v.size, v.sha256, v.uploadedBy, v.uploadedAt"
                    + " FROM DocumentVersionEntity v ";

    private final NetworkDatabase db;
    private volatile long maxBytes;

    @Activate
    public DocumentServiceImpl(@Reference NetworkDatabase db, NetworkConfig config) {
        this.db = db;
        modified(config);
    }

    @Modified
    void modified(NetworkConfig config) {
        this.maxBytes = config.maxDocumentBytes();
    }

    @Override
    public Page<DocumentInfo> list(Caller caller, FolderType folderType, String folderCode, PageRequest page) {
        caller.requireNetworkRead();
        return db.tx(em -> new Jpql("DocumentEntity", "d")
                .where("d.folderType = :type", "type", folderType == null ? null : folderType.name())
                .where("d.folderCode = :code", "code", Checks.clean(folderCode))
                .page(em, DocumentEntity.class, page, SORT, "d.title ASC, d.id ASC")
                .map(d -> info(em, d)));
    }

    @Override
    public DocumentInfo get(Caller caller, long documentId) {
        caller.requireNetworkRead();
        return db.tx(em -> info(em, find(em, documentId)));
    }

    @Override
    public DocumentInfo upload(Caller caller, NewDocument document) {
        caller.requireNetworkRead();
        Validator v = new Validator();
        if (document == null) {
            v.required("body", null).throwIfInvalid();
        }
        String owner = document.ownerPartner() != null ? document.ownerPartner() : caller.partnerCode().orElse(null);
        v.required("folderType", document.folderType()).required("folderCode", document.folderCode())
                .required("title", Checks.clean(document.title())).maxLength("title", document.title(), 300)
                .required("owner", owner);
        checkFile(v, document.file());
        v.throwIfInvalid();
        caller.requireChange(owner);
        return db.tx(em -> {
            new Validator()
                    .check(folderExists(em, document.folderType(), document.folderCode()), "folderCode", "unknown",
                            () -> NetworkTexts.MESSAGES.text(document.folderType() == FolderType.COMMITTEE
                                    ? "error.field.no-committee" : "error.field.no-work-package",
                                    document.folderCode()))
                    .check(StructureServiceImpl.findOptional(em, owner) != null, "owner", "unknown",
                            () -> NetworkTexts.MESSAGES.text("error.field.no-structure", owner))
                    .throwIfInvalid();
            DocumentEntity d = new DocumentEntity();
            d.folderType = document.folderType().name();
            d.folderCode = document.folderCode();
            d.title = document.title().strip();
            d.ownerPartner = owner;
            d.latestVersion = 1;
            d.createdBy = caller.login();
            d.createdAt = Mapping.utcNow();
            d.updatedAt = d.createdAt;
            em.persist(d);
            em.flush();
            storeVersion(em, d, 1, document.file(), caller);
            em.flush();
            return info(em, d);
        });
    }

    @Override
    public DocumentVersion addVersion(Caller caller, long documentId, FileUpload file) {
        caller.requireNetworkRead();
        Validator v = new Validator();
        checkFile(v, file);
        v.throwIfInvalid();
        return db.tx(em -> {
            DocumentEntity d = find(em, documentId);
            caller.requireChange(d.ownerPartner);
            d.latestVersion = d.latestVersion + 1;
            d.updatedAt = Mapping.utcNow();
            DocumentVersionEntity created = storeVersion(em, d, d.latestVersion, file, caller);
            em.flush();
            return version(created);
        });
    }

    @Override
    public List<DocumentVersion> versions(Caller caller, long documentId) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            find(em, documentId);
            return em.createQuery(VERSION_COLUMNS + "WHERE v.documentId = :d ORDER BY v.versionNo", Object[].class)
                    .setParameter("d", documentId).getResultList().stream().map(DocumentServiceImpl::version).toList();
        });
    }

    @Override
    public DocumentContent download(Caller caller, long documentId, int version) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            DocumentEntity d = find(em, documentId);
            int wanted = version <= 0 ? d.latestVersion : version;
            DocumentVersionEntity v = em.createQuery(
                    "SELECT v FROM DocumentVersionEntity v WHERE v.documentId = :d AND v.versionNo = :n",
                    DocumentVersionEntity.class).setParameter("d", documentId).setParameter("n", wanted)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException(
                            NetworkTexts.MESSAGES.text("error.not-found.document-version", documentId, wanted)));
            return new DocumentContent(version(v), v.content);
        });
    }

    private void checkFile(Validator v, FileUpload file) {
        v.required("file", file);
        if (file == null) {
            return;
        }
        String name = fileName(file.fileName());
        v.required("fileName", name).maxLength("fileName", name, 255)
                .checkIfPresent(name, n -> n.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "fileName", "invalid-value",
                        () -> NetworkTexts.MESSAGES.text("error.field.file-name-control"))
                .checkIfPresent(file.contentType(), t -> MEDIA_TYPE.matcher(t.strip()).matches() && t.length() <= 150,
                        "contentType", "invalid-value", () -> NetworkTexts.MESSAGES.text("error.field.media-type"))
                .check(file.content() != null && file.content().length > 0, "content", "required",
                        () -> NetworkTexts.MESSAGES.text("error.field.file-empty"))
                .check(file.content() == null || file.content().length <= maxBytes, "content", "too-large",
                        () -> NetworkTexts.MESSAGES.text("error.field.file-too-large", maxBytes));
    }

    /** The last path segment, so a client cannot smuggle folders into a file name. */
    static String fileName(String raw) {
        String name = Checks.clean(raw);
        if (name == null) {
            return null;
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return Checks.clean(name.substring(slash + 1));
    }

    private static DocumentVersionEntity storeVersion(EntityManager em, DocumentEntity d, int number, FileUpload file,
            Caller caller) {
        DocumentVersionEntity v = new DocumentVersionEntity();
        v.documentId = d.id;
        v.versionNo = number;
        v.fileName = fileName(file.fileName());
        v.contentType = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream"
                : file.contentType().strip();
        v.size = file.content().length;
        v.sha256 = Sha256.hex(file.content());
        v.content = file.content();
        v.uploadedBy = caller.login();
        v.uploadedAt = Mapping.utcNow();
        em.persist(v);
        return v;
    }


    static boolean folderExists(EntityManager em, FolderType type, String code) {
        if (type == FolderType.COMMITTEE) {
            return CommitteeServiceImpl.findOptional(em, code) != null;
        }
        return em.createQuery("SELECT COUNT(w) FROM WorkPackageEntity w WHERE w.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }

    static DocumentEntity find(EntityManager em, long id) {
        DocumentEntity d = em.find(DocumentEntity.class, id);
        if (d == null) {
            throw new NotFoundException(NetworkTexts.MESSAGES.text("error.not-found.document", id));
        }
        return d;
    }

    private static DocumentInfo info(EntityManager em, DocumentEntity d) {
        DocumentVersion latest = em.createQuery(VERSION_COLUMNS + "WHERE v.documentId = :d AND v.versionNo = :n",
                Object[].class).setParameter("d", d.id).setParameter("n", d.latestVersion).getResultStream()
                .findFirst().map(DocumentServiceImpl::version).orElseThrow();
        return new DocumentInfo(d.id, FolderType.valueOf(d.folderType), d.folderCode, d.title, d.ownerPartner,
                d.latestVersion, latest, d.createdBy, Mapping.instant(d.createdAt));
    }

    private static DocumentVersion version(Object[] r) {
        return new DocumentVersion(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), (String) r[5], (String) r[6],
                Mapping.instant((java.time.LocalDateTime) r[7]));
    }

    private static DocumentVersion version(DocumentVersionEntity v) {
        return new DocumentVersion(v.documentId, v.versionNo, v.fileName, v.contentType, v.size, v.sha256,
                v.uploadedBy, Mapping.instant(v.uploadedAt));
    }
}
