package org.cybersudoe.toolbox.internal.theme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.osgi.framework.Bundle;

/**
 * Where a theme's files are read from: a deployed bundle, a jar not yet deployed (for
 * validation), or a folder (tests, and a partner checking sources). Paths are relative to
 * the bundle root.
 */
public interface ThemeSource {

    /** The manifest header naming the theme folder. */
    String HEADER = "CyberSudoe-Theme";

    /** The value of a manifest header; null when absent. */
    String header(String name);

    /** The bytes of the file at {@code path}; null when there is no such file. */
    byte[] read(String path) throws IOException;

    /** A deployed bundle; reads its own entries only (not its imports or fragments' classes). */
    static ThemeSource of(Bundle bundle) {
        return new ThemeSource() {
            @Override
            public String header(String name) {
                return bundle.getHeaders("").get(name);
            }

            @Override
            public byte[] read(String path) throws IOException {
                URL url = bundle.getEntry(path);
                if (url == null) {
                    return null;
                }
                try (InputStream in = url.openStream()) {
                    return in.readAllBytes();
                }
            }
        };
    }

    /**
     * A jar read whole into memory, bounded so a huge or hostile file cannot exhaust the
     * server: at most {@code maxBytes} of content in all.
     */
    static ThemeSource ofJar(InputStream jar, long maxBytes) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        Manifest manifest;
        long total = 0;
        try (JarInputStream in = new JarInputStream(jar)) {
            manifest = in.getManifest();
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw new IOException("the jar holds more than " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
                files.put(e.getName(), out.toByteArray());
            }
        }
        Manifest m = manifest;
        return new ThemeSource() {
            @Override
            public String header(String name) {
                return m == null ? null : m.getMainAttributes().getValue(name);
            }

            @Override
            public byte[] read(String path) {
                return files.get(path);
            }
        };
    }

    /** A folder laid out like a bundle, with the manifest headers given apart. */
    static ThemeSource ofFolder(Path root, Map<String, String> headers) {
        return new ThemeSource() {
            @Override
            public String header(String name) {
                return headers.get(name);
            }

            @Override
            public byte[] read(String path) throws IOException {
                Path file = root.resolve(path).normalize();
                return file.startsWith(root.normalize()) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            }
        };
    }
}
