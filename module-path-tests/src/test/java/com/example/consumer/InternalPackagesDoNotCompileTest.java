package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

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
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null,
                List.of("--module-path", System.getProperty("jdk.module.path"), "-d", dir.resolve("out").toString(),
                        "-proc:none"),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(src.resolve("module-info.java"), src.resolve("com/example/sneaky/Uses.java")))
                .call();
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
        assertThat(compile(type)).contains("package " + pkg + " is declared in module")
                .contains("does not export it");
    }

    @Test
    void theCompilerRunsOnTheModulePath() {
        assertThat(System.getProperty("jdk.module.path")).isNotBlank();
        assertThat(ToolProvider.getSystemJavaCompiler()).isNotNull();
    }
}
