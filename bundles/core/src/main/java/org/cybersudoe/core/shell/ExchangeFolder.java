package org.cybersudoe.core.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.internal.CoreTexts;

/**
 * The one folder console commands read files from and write files to: {@code exchange/} in
 * Karaf's base folder. A command runs with the server's rights, which reach its keys, its
 * password file and its deploy folder; the folder keeps what a user's file argument can touch
 * to files put there to be exchanged. A name is taken inside the folder; an absolute path is
 * accepted when it leads there, links followed.
 */
final class ExchangeFolder {

    /** How refusals name the folder: a console user needs its name, not the server's installation path. */
    static final String SHOWN_NAME = "exchange/";

    private final Path root;

    ExchangeFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** {@code exchange/} under {@code karaf.base} (the working folder when that is not set). */
    static ExchangeFolder ofKaraf() {
        return new ExchangeFolder(Paths.get(System.getProperty("karaf.base", ""), "exchange"));
    }

    Path root() {
        return root;
    }

    /**
     * The names of the folder's files, subfolders' files as {@code folder/name}, sorted; at most
     * {@code max} of them, so that completing in a crowded folder stays quick. Hidden files and
     * unfinished writes are left out. Empty when the folder does not exist yet.
     */
    List<String> fileNames(int max) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            Path realRoot = realRoot();
            // a link leading out of the folder is not offered: reading it would be refused
            return files.filter(Files::isRegularFile).filter(file -> leadsInside(file, realRoot))
                    .map(root::relativize)
                    .filter(relative -> StreamSupport.stream(relative.spliterator(), false)
                            .noneMatch(part -> part.toString().startsWith(".")))
                    .map(relative -> relative.toString().replace(java.io.File.separatorChar, '/'))
                    .sorted().limit(max).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean leadsInside(Path file, Path realRoot) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** An existing regular file of the folder, for {@code argument}'s value {@code name}. */
    Path readable(String argument, String name) {
        Path file = inside(argument, name);
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot()) || !Files.isRegularFile(real)) {
                throw outside(argument, name);
            }
            return real;
        } catch (NoSuchFileException e) {
            throw missing(argument, name);
        } catch (IOException e) {
            throw new ValidationException(argument, "unreadable",
                    CoreTexts.MESSAGES.text("console.file.unreadable", name, reason(e)));
        }
    }

    /**
     * Writes {@code body} to {@code argument}'s file {@code name} of the folder, all or nothing
     * (a failure leaves no half file), over an existing file only when {@code replace}.
     */
    Path write(String argument, String name, boolean replace, AreaCommand.FileContent body) {
        Path file = inside(argument, name);
        try {
            Files.createDirectories(root);
            Path folder = file.getParent().toRealPath();
            if (!folder.startsWith(realRoot())) {
                throw outside(argument, name);
            }
            Path target = folder.resolve(file.getFileName());
            if (Files.isDirectory(target) || (Files.exists(target) && !replace)) {
                throw new ValidationException(argument, "exists", CoreTexts.MESSAGES.text("console.file.exists", name));
            }
            Path partial = Files.createTempFile(folder, ".partial-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    body.writeTo(out);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return target;
        } catch (NoSuchFileException e) {
            throw missing(argument, name);
        } catch (IOException e) {
            throw new ValidationException(argument, "unwritable",
                    CoreTexts.MESSAGES.text("console.file.unwritable", name, reason(e)));
        }
    }

    private Path inside(String argument, String name) {
        Path file;
        try {
            file = root.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw outside(argument, name);
        }
        if (!file.startsWith(root) || file.equals(root)) {
            throw outside(argument, name);
        }
        return file;
    }

    private Path realRoot() throws IOException {
        return Files.exists(root) ? root.toRealPath() : root;
    }

    private ValidationException missing(String argument, String name) {
        return new ValidationException(argument, "not-found", CoreTexts.MESSAGES.text("console.file.missing", name, SHOWN_NAME));
    }

    private ValidationException outside(String argument, String name) {
        return new ValidationException(argument, "outside-exchange",
                CoreTexts.MESSAGES.text("console.file.outside", name, SHOWN_NAME));
    }

    /** The system's reason, with the folder named as users know it rather than by where the server is installed. */
    private String reason(IOException e) {
        return String.valueOf(e.getMessage()).replace(root.toString(), SHOWN_NAME.substring(0, SHOWN_NAME.length() - 1));
    }
}
