package org.cybersudoe.outreach.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.outreach.ImportReport;

/** What an upsert batch did; errors name the row by its position in the batch (1 is the first). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "upsertResult", namespace = DirectoryEndpoint.NAMESPACE)
public class UpsertResult {
    public long importId;
    public int rows;
    public int companiesCreated;
    public int companiesUpdated;
    public int contactsCreated;
    public int contactsUpdated;
    public int unchanged;
    public int rejected;
    @XmlElement(name = "error")
    public List<RowFault> errors = new ArrayList<>();

    /** Why one row was not taken. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "rowError", namespace = DirectoryEndpoint.NAMESPACE)
    public static class RowFault {
        public int row;
        public String field;
        public String code;
        public String detail;
    }

    /** The report, its row errors worded in {@code language}. */
    static UpsertResult of(ImportReport r, Language language) {
        UpsertResult result = new UpsertResult();
        result.importId = r.id();
        result.rows = r.rows();
        result.companiesCreated = r.companiesCreated();
        result.companiesUpdated = r.companiesUpdated();
        result.contactsCreated = r.contactsCreated();
        result.contactsUpdated = r.contactsUpdated();
        result.unchanged = r.unchanged();
        result.rejected = r.rejected();
        r.errors().forEach(e -> {
            RowFault f = new RowFault();
            f.row = e.line();
            f.field = elementName(e.field());
            f.code = e.code();
            f.detail = e.detail(language);
            result.errors.add(f);
        });
        return result;
    }

    /**
     * The row element that holds a column, as the caller wrote it: the import names its columns
     * as a file's header does ({@code company_name}), a SOAP row as camel case ({@code companyName}).
     */
    static String elementName(String column) {
        if (column == null || column.indexOf('_') < 0) {
            return column;
        }
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
