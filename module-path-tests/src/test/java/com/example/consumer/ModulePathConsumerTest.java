package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.countychain.dataset.CountyDataset;
import org.junit.jupiter.api.Test;

/**
 * The library on the module path, used by a named module of an integrator's: every step that depends on the module
 * declarations (reflection, services, bundles across modules) works, in this JVM and in a plain {@code java -p ... -m}.
 */
class ModulePathConsumerTest {

    @Test
    void theLibraryIsLoadedAsNamedModules() {
        assertThat(Consumer.class.getModule().getName()).isEqualTo("com.example.consumer");
        Module core = CountyDataset.class.getModule();
        assertThat(core.getName()).isEqualTo("org.countychain.core");
        assertThat(core.getDescriptor().isAutomatic()).as("core has a module-info").isFalse();
        assertThat(core.isExported("org.countychain.dataset")).isTrue();
        assertThat(core.isExported("org.countychain.internal")).isFalse();
    }

    @Test
    void everyStepWorksOnTheModulePath() {
        List<String> lines = Consumer.run();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).isEqualTo("json: true");
        assertThat(lines.get(1)).matches("rules: 1\\d rules, [1-9]\\d* findings");
        assertThat(lines.get(2)).matches("validation: \\d+ violations");
        assertThat(lines.get(3)).isEqualTo("docx: docx true true");
        assertThat(lines.get(4)).contains("org.countychain.jackson3.CountyChainJacksonModule");
        assertThat(lines.get(5)).isEqualTo("jackson3 read: true");
        assertThat(lines.get(6)).startsWith("core message: ").contains("CC-1101").contains("18 characters")
                .contains("18位");
        assertThat(lines.get(7)).startsWith("export message: ").contains("export plug-in problem")
                .contains("导出插件有误");
    }

    @Test
    void theConsumerRunsAsAModuleInItsOwnJvm() throws Exception {
        String modulePath = System.getProperty("jdk.module.path");
        assertThat(modulePath).as("the tests run on the module path").isNotBlank();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // Hibernate Validator's EL (Expressly and the EL API) is optional to it, so an application adds it to the
        // module graph itself, here with --add-modules.
        List<String> el = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("expressly") || p.contains("jakarta.el")).toList();
        String fullPath = modulePath + File.pathSeparator + String.join(File.pathSeparator, el);
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dfile.encoding=UTF-8",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "--module-path", fullPath, "--add-modules", "org.glassfish.expressly,jakarta.el",
                "--module", "com.example.consumer/com.example.consumer.Consumer"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().toList()).as(output).containsExactlyElementsOf(Consumer.run());
        assertThat(modulePath.split(File.pathSeparator)).anyMatch(p -> p.contains("countychain-core")
                || p.replace('\\', '/').contains("/core/target/classes"));
    }
}
