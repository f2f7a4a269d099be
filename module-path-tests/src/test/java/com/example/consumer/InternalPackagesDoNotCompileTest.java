package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A named module that requires the library compiles against its API and does not compile against an internal
 * package: the compiler, not a convention, keeps internals internal.
 */
class InternalPackagesDoNotCompileTest {
    @TempDir
    Path dir;

    private String compile(String importedType) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("com/example/sneaky"));
        Files.writeString(src.resolve("module-info.java"),
                "module com.example.sneaky {\n  requires org.countychain.poiexport;\n}\n", StandardCharsets.UTF_8);
        Files.writeString(src.resolve("com/example/sneaky/Uses.java"),
                "package com.example.sneaky;\n\nimport " + importedType + ";\n\n"
                        + "public class Uses {\n  public String name() {\n    return " + simpleName(importedType)
                        + ".class.getName();\n  }\n}\n", StandardCharsets.UTF_8);
        // java.util.spi.ToolProvider: javac through java.base, which this module reads without asking (javax.tools
        // is in java.compiler).
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        StringWriter diagnostics = new StringWriter();
        PrintWriter out = new PrintWriter(diagnostics);
        boolean ok = javac.run(out, out, "--module-path", System.getProperty("jdk.module.path"),
                "-d", dir.resolve("out").toString(), "-proc:none", "-XDrawDiagnostics",
                src.resolve("module-info.java").toString(), src.resolve("com/example/sneaky/Uses.java").toString()) == 0;
        out.flush();
        return ok ? "compiled" : diagnostics.toString();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.countychain.CountyChainException", "org.countychain.rules.spi.PolicyRule",
            "org.countychain.validation.CountyChainValidator", "org.countychain.export.docx.DocxExporter"})
    void apiTypesCompile(String type) throws IOException {
        assertThat(compile(type)).isEqualTo("compiled");
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.countychain.internal.Checks", "org.countychain.rules.internal.RuleBundle",
            "org.countychain.validation.internal.CreditCodeValidator",
            "org.countychain.export.excel.internal.ExcelMessages"})
    void internalTypesDoNotCompile(String type) throws IOException {
        String pkg = type.substring(0, type.lastIndexOf('.'));
        // Raw diagnostics (message keys): the test JVM's locale is zh_CN.
        assertThat(compile(type)).contains("compiler.err.package.not.visible: " + pkg)
                .contains("not.exported");
    }

    @Test
    void theCompilerRunsOnTheModulePath() {
        assertThat(System.getProperty("jdk.module.path")).isNotBlank();
        assertThat(ToolProvider.findFirst("javac")).isPresent();
    }
}
