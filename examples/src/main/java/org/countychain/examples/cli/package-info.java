/**
 * Example code, not API: the {@code countychain} command-line tool (命令行工具) built on picocli, a reference for
 * embedding the library. Run it with {@code java -jar examples/target/countychain-examples.jar --help}.
 *
 * <p>Every message it prints comes from the {@code CliMessages} bundle, in Chinese ({@code --lang zh}, the
 * default) or English ({@code --lang en}), whatever the JVM's default locale is.
 */
package org.countychain.examples.cli;
