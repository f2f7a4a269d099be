package org.countychain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: every relative link of its Markdown pages leads to a file of the repository (and to
 * a heading of it, when the link names one), and every {@code .md} file that a page, main code, a resource or a
 * test's comments name is in the repository (test code itself may name the Markdown files it writes).
 */
class DocumentationLinksTest {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern MD_NAME = Pattern.compile("(?<![\\w-])([\\w-]+\\.md)(?!\\w)");
    private static final Set<String> TEXT = Set.of("md", "java", "properties", "xml", "txt", "json", "csv");

    /** The repository's files: build output, VCS data and the demo's output left out. */
    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(PROJECT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : PROJECT.relativize(p)) {
                            String name = part.toString();
                            if (name.equals("target") || name.equals(".git") || name.equals("out")
                                    || name.equals(".idea") || name.equals("node_modules")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted().toList();
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Test
    void everyRelativeLinkLeadsIntoTheRepository() throws IOException {
        List<Path> pages = files().stream().filter(p -> extension(p).equals("md"))
                .filter(p -> !p.toString().contains("/src/")).toList();
        assertThat(pages).extracting(p -> PROJECT.relativize(p).toString())
                .contains("README.md", "CONTRIBUTING.md", "CHANGELOG.md", "docs/architecture.md");
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            Matcher m = LINK.matcher(withoutCode(read(page)));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                links++;
                String where = PROJECT.relativize(page) + ": " + target;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!resolved.startsWith(PROJECT)) {
                    broken.add(where + " (outside the repository)");
                } else if (!Files.exists(resolved)) {
                    broken.add(where + " (no such file)");
                } else if (hash >= 0 && extension(resolved).equals("md")
                        && !anchors(read(resolved)).contains(target.substring(hash + 1))) {
                    broken.add(where + " (no such heading)");
                }
            }
        }
        assertThat(links).as("relative links checked").isGreaterThan(50);
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void everyMarkdownFileNamedIsInTheRepository() throws IOException {
        List<Path> files = files();
        Set<String> present = new HashSet<>();
        files.stream().filter(p -> extension(p).equals("md")).forEach(p -> present.add(p.getFileName().toString()));
        Set<String> missing = new TreeSet<>();
        int mentions = 0;
        for (Path f : files) {
            if (!TEXT.contains(extension(f)) && !f.getFileName().toString().equals("run")) {
                continue;
            }
            String text = read(f);
            if (f.toString().contains("/src/test/java/")) {
                text = comments(text);
            }
            Matcher m = MD_NAME.matcher(text);
            while (m.find()) {
                mentions++;
                if (!present.contains(m.group(1))) {
                    missing.add(m.group(1) + " (named in " + PROJECT.relativize(f) + ")");
                }
            }
        }
        assertThat(mentions).as(".md names found").isGreaterThan(50);
        assertThat(missing).as(".md files named but not in the repository").isEmpty();
    }

    /** GitHub's anchors of a page's headings: lower case, punctuation removed, spaces as hyphens. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        for (String line : withoutCode(markdown).split("\n")) {
            Matcher h = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$").matcher(line);
            if (h.matches()) {
                String slug = h.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
                        .replace(' ', '-');
                String unique = slug;
                for (int n = 1; !anchors.add(unique); n++) {
                    unique = slug + "-" + n;
                }
            }
        }
        return anchors;
    }

    /** The comment lines of a Java file. */
    private static String comments(String java) {
        StringBuilder b = new StringBuilder();
        for (String line : java.split("\n")) {
            String t = line.strip();
            if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    /** The page without its fenced code blocks, where links and headings are not links and headings. */
    private static String withoutCode(String markdown) {
        return markdown.replaceAll("(?ms)^```.*?^```", "");
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (java.nio.charset.MalformedInputException e) {
            // A fixture in another encoding (GB18030 CSV) names no Markdown file.
            return "";
        }
    }
}
