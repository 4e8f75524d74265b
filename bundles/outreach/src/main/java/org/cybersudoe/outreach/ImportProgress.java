package org.cybersudoe.outreach;

/** Told after every batch of an import is committed. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    /**
     * @param rowsDone rows read and committed so far
     * @param rowsTotal rows in the file, or -1 when not known
     */
    void progress(long rowsDone, long rowsTotal);
}
