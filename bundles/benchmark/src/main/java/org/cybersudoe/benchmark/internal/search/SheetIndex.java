package org.cybersudoe.benchmark.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.benchmark.internal.BenchmarkDatabase;
import org.cybersudoe.benchmark.internal.jpa.SheetEntity;
import org.cybersudoe.benchmark.internal.jpa.SheetTextEntity;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.paging.SortOrder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of the evaluation sheets (Apache Lucene, in memory). The database is the
 * source of truth: the index is a cache rebuilt from it whenever the sheets' change stamp
 * (count, newest update, sum of row versions) differs from the one it was built from. So it
 * is right after a restart, after a change made by another node sharing the database, and
 * after a change made here, with no index files to back up, repair or keep in step. A
 * rebuild of the programme's hundred-odd sheets takes milliseconds.
 *
 * <p>Each language has its own fields ({@code text_fr}, {@code title_fr}, ...) analysed by
 * that language's Lucene analyzer (elision, stop words, light stemming), so a query in French
 * is stemmed like the French texts it is matched against.
 *
 * <p>Lucene finds its codecs through {@link java.util.ServiceLoader}; it is embedded in this
 * bundle, and index work runs with this bundle's class loader as the thread's context loader
 * so that lookup sees the embedded jars whatever thread (HTTP, shell, SOAP) calls.
 *
 * <p>Nothing is built when the component starts: the analyzers and the first index are made by
 * the first search. Building them loads and runs about nine hundred Lucene classes, which
 * otherwise sat on the server's start-up path although a cache is only needed once someone
 * searches.
 */
@Component(service = SheetIndex.class)
public class SheetIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SheetIndex.class);
    private static final float TITLE_BOOST = 2f;

    /** What an index is built from and what it answers. */
    private record Snapshot(String stamp, ByteBuffersDirectory directory, DirectoryReader reader, IndexSearcher searcher) {
    }

    /** Each language's analyzer, and the per-field analyzer the index writer uses. */
    private record Analysis(Map<Language, Analyzer> byLanguage, Analyzer perField) {
    }

    /** Who sees which sheets: everything, or the published ones plus the caller's own, plus submitted ones for reviewers. */
    public record Visibility(boolean all, String ownPartner, boolean submitted) {
    }

    /** One page of matching sheet ids, best first, and how many match in all. */
    public record Hits(List<Long> ids, long total) {
    }

    private final BenchmarkDatabase db;
    private final Object rebuildLock = new Object();
    /** Made by the first search; two searches racing for it may both make one, and either serves. */
    private final AtomicReference<Analysis> analysis = new AtomicReference<>();
    private volatile Snapshot snapshot;

    @Activate
    public SheetIndex(@Reference BenchmarkDatabase db) {
        this.db = db;
    }

    @Deactivate
    void close() {
        synchronized (rebuildLock) {
            if (snapshot != null) {
                closeQuietly(snapshot);
                snapshot = null;
            }
        }
    }

    /**
     * The sheets matching {@code query} that {@code visibility} lets through, sorted by
     * {@code page.sort()} (id, updated) or else by relevance (with text) or newest first.
     */
    public Hits search(SheetQuery query, Visibility visibility, PageRequest page) {
        return withBundleLoader(() -> {
            IndexSearcher searcher = current().searcher();
            Query q = query(query, visibility);
            try {
                long total = searcher.count(q);
                int wanted = (int) Math.min((long) page.offset() + page.limit(), Integer.MAX_VALUE);
                Sort sort = sort(page, query.text() != null && !query.text().isBlank());
                TopDocs top = sort == null ? searcher.search(q, wanted) : searcher.search(q, wanted, sort);
                List<Long> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = page.offset(); i < docs.length; i++) {
                    ids.add(searcher.storedFields().document(docs[i].doc).getField("id").numericValue().longValue());
                }
                return new Hits(ids, total);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** How many sheets the last built index holds, without building one; empty before the first search. */
    public OptionalInt builtSize() {
        Snapshot built = snapshot;
        return built == null ? OptionalInt.empty() : OptionalInt.of(built.reader().numDocs());
    }

    // ---- queries

    Query query(SheetQuery q, Visibility visibility) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Query text = textQuery(q.text(), q.language());
        all.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        filter(all, "theme", q.theme());
        filter(all, "sector", q.sector());
        filter(all, "country", q.country() == null ? null : q.country().strip().toUpperCase());
        filter(all, "method", q.method());
        filter(all, "owner", q.owner());
        filter(all, "status", q.status() == null ? null : q.status().code());
        if (!visibility.all()) {
            BooleanQuery.Builder visible = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("status", SheetStatus.PUBLISHED.code())), Occur.SHOULD);
            if (visibility.ownPartner() != null) {
                visible.add(new TermQuery(new Term("owner", visibility.ownPartner())), Occur.SHOULD);
            }
            if (visibility.submitted()) {
                visible.add(new TermQuery(new Term("status", SheetStatus.SUBMITTED.code())), Occur.SHOULD);
            }
            all.add(visible.build(), Occur.FILTER);
        }
        return all.build();
    }

    /**
     * The words in one language's fields, each word required (a stop word is dropped by the
     * analyzer); in every language, any language may match. Null when there is nothing to look for.
     */
    private Query textQuery(String text, Language language) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BooleanQuery.Builder languages = new BooleanQuery.Builder();
        boolean any = false;
        for (Language l : language == null ? List.of(Language.values()) : List.of(language)) {
            QueryBuilder builder = new QueryBuilder(analysis().byLanguage().get(l));
            Query body = builder.createBooleanQuery(textField(l), text, Occur.MUST);
            Query title = builder.createBooleanQuery(titleField(l), text, Occur.MUST);
            if (body != null) {
                languages.add(body, Occur.SHOULD);
                any = true;
            }
            if (title != null) {
                languages.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
                any = true;
            }
        }
        // only stop words ("de la"): nothing can match rather than everything
        return any ? languages.build() : new BooleanQuery.Builder().build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
        }
    }

    private static Sort sort(PageRequest page, boolean relevance) {
        List<SortField> fields = new ArrayList<>();
        for (SortOrder order : page.sort()) {
            String field = switch (order.property()) {
                case "id" -> "id_sort";
                case "updated" -> "updated_sort";
                default -> null;
            };
            if (field != null) {
                fields.add(new SortField(field, SortField.Type.LONG, !order.ascending()));
            }
        }
        if (fields.isEmpty() && relevance) {
            return null;
        }
        if (relevance) {
            fields.add(0, SortField.FIELD_SCORE);
        }
        fields.add(new SortField("id_sort", SortField.Type.LONG, true));
        return new Sort(fields.toArray(new SortField[0]));
    }

    // ---- building

    /** The snapshot matching the database now, rebuilt first when the sheets changed. */
    private Snapshot current() {
        String stamp = db.tx(SheetIndex::stamp);
        Snapshot now = snapshot;
        if (now != null && now.stamp().equals(stamp)) {
            return now;
        }
        synchronized (rebuildLock) {
            now = snapshot;
            if (now != null && now.stamp().equals(stamp)) {
                return now;
            }
            Snapshot built = build();
            // The old snapshot is not closed: a search on another thread may still use it, and
            // an in-memory reader holds no file or native resource, so the collector frees it.
            snapshot = built;
            return built;
        }
    }

    private static String stamp(javax.persistence.EntityManager em) {
        Object[] row = em.createQuery("SELECT COUNT(s), MAX(s.updatedAt), SUM(s.version) FROM SheetEntity s", Object[].class)
                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }

    /** Reads the stamp and every sheet in one transaction, so the stamp describes exactly what was indexed. */
    private Snapshot build() {
        long started = System.nanoTime();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        String stamp = db.tx(em -> {
            String s = stamp(em);
            List<SheetEntity> sheets = em.createQuery("SELECT s FROM SheetEntity s", SheetEntity.class).getResultList();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis().perField()))) {
                for (SheetEntity sheet : sheets) {
                    writer.addDocument(document(sheet));
                }
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return s;
        });
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            LOG.debug("Sheet index rebuilt: {} sheet(s) in {} ms", reader.numDocs(), (System.nanoTime() - started) / 1_000_000);
            return new Snapshot(stamp, directory, reader, new IndexSearcher(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Analysis analysis() {
        return analysis.updateAndGet(made -> made != null ? made : newAnalysis());
    }

    private static Analysis newAnalysis() {
        Map<Language, Analyzer> byLanguage = Map.of(Language.FR, new FrenchAnalyzer(), Language.ES, new SpanishAnalyzer(),
                Language.PT, new PortugueseAnalyzer(), Language.EN, new EnglishAnalyzer());
        Map<String, Analyzer> fields = new HashMap<>();
        byLanguage.forEach((language, analyzer) -> {
            fields.put(textField(language), analyzer);
            fields.put(titleField(language), analyzer);
        });
        return new Analysis(byLanguage, new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields));
    }

    static Document document(SheetEntity s) {
        Document doc = new Document();
        doc.add(new StoredField("id", s.id));
        doc.add(new NumericDocValuesField("id_sort", s.id));
        doc.add(new NumericDocValuesField("updated_sort", s.updatedAt.toEpochSecond(java.time.ZoneOffset.UTC)));
        doc.add(new StringField("status", SheetStatus.valueOf(s.status).code(), Field.Store.NO));
        doc.add(new StringField("owner", s.owner, Field.Store.NO));
        doc.add(new StringField("country", s.country, Field.Store.NO));
        doc.add(new StringField("method", s.method, Field.Store.NO));
        s.themes.forEach(t -> doc.add(new StringField("theme", t, Field.Store.NO)));
        s.sectors.forEach(t -> doc.add(new StringField("sector", t, Field.Store.NO)));
        for (SheetTextEntity t : s.texts) {
            Language language = Language.fromCode(t.lang).orElse(null);
            if (language == null) {
                continue;
            }
            if (t.title != null) {
                doc.add(new TextField(titleField(language), t.title, Field.Store.NO));
            }
            StringBuilder body = new StringBuilder();
            for (String part : new String[] {t.title, t.targetCompanies, t.description, t.duration, t.results,
                t.strengths, t.weaknesses, t.transferability}) {
                if (part != null) {
                    body.append(part).append('\n');
                }
            }
            doc.add(new TextField(textField(language), body.toString(), Field.Store.NO));
        }
        return doc;
    }

    private static String textField(Language language) {
        return "text_" + language.code();
    }

    private static String titleField(Language language) {
        return "title_" + language.code();
    }

    private static void closeQuietly(Snapshot s) {
        try {
            s.reader().close();
            s.directory().close();
        } catch (IOException e) {
            LOG.debug("Closing an old sheet index: {}", e.toString());
        }
    }

    /** Runs index work with this bundle's class loader as context loader (Lucene's SPI lookups). */
    private static <T> T withBundleLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SheetIndex.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
