package com.empathyevidence.domain;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/** The domain knows nothing of the hosts: no Atlassian, javax, jakarta or Active Objects types, not even fully qualified. */
public class DomainArchitectureTest {

    private static final Path DOMAIN = Paths.get("src/main/java/com/empathyevidence/domain");
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(com\\.atlassian|javax|jakarta|net\\.java\\.ao)\\.[\\w.*]+");

    @Test
    public void domainDependsOnNoHostApi() throws IOException {
        assertTrue("domain sources not found at " + DOMAIN.toAbsolutePath(), Files.isDirectory(DOMAIN));
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(DOMAIN)) {
            for (Path p : (Iterable<Path>) paths.filter(x -> x.toString().endsWith(".java"))::iterator) {
                files++;
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("//.*$", "");
                    Matcher m = FORBIDDEN.matcher(code);
                    if (m.find()) {
                        violations.add(p.getFileName() + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertTrue("expected domain sources", files >= 5);
        assertFalse("domain must not use host APIs: " + violations, !violations.isEmpty());
    }

    @Test
    public void theScanSeesAnImport() {
        assertTrue(FORBIDDEN.matcher("import com.atlassian.sal.api.message.I18nResolver;").find());
        assertTrue(FORBIDDEN.matcher("import jakarta.inject.Inject;").find());
        assertTrue(FORBIDDEN.matcher("import net.java.ao.Entity;").find());
        assertFalse(FORBIDDEN.matcher("import java.time.LocalDate;").find());
    }
}
