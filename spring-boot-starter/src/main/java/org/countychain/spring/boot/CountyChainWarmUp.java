package org.countychain.spring.boot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import org.countychain.dataset.CountyDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;
import org.countychain.sample.SampleCounty;
import org.countychain.validation.CountyChainValidator;

import org.jspecify.annotations.Nullable;

/**
 * The library's first use, made while the application starts instead of in its first request (启动预热): the
 * built-in sample county is read through the application's {@link CountyChainJson}, validated by its
 * {@link CountyChainValidator}, screened by its {@link RuleEngine}, and both results are written as JSON, a few
 * times over. That loads the classes, builds Hibernate Validator's metadata of the model and Jackson's
 * deserializers, and gives the JIT compiler a first look at the hot paths, so that the first request costs about what
 * the later ones do. The start takes longer by as much.
 *
 * <p>It runs once every singleton exists, before the web server opens its port. It never stops the application:
 * a failure is logged as a warning and kept in {@link #failure()}, and the first request then pays what is left.
 * Turned off by {@code countychain.warm-up.enabled=false}; {@code countychain.warm-up.iterations} sets the number
 * of passes.
 *
 * @since 0.1.0
 */
public class CountyChainWarmUp implements SmartInitializingSingleton {
    private static final Log LOG = LogFactory.getLog(CountyChainWarmUp.class);

    private final CountyChainJson json;
    private final @Nullable CountyChainValidator validator;
    private final RuleEngine rules;
    private final Locale locale;
    private final int iterations;
    private final Supplier<InputStream> sample;
    private volatile int passes;
    private volatile Duration elapsed = Duration.ZERO;
    private volatile @Nullable Throwable failure;

    /**
     * Creates the warm-up; nothing runs until {@link #afterSingletonsInstantiated()} or {@link #run()}.
     *
     * @param json       the JSON reader and writer requests go through
     * @param validator  the validation facade, or {@code null} when the application has none
     * @param rules      the rule engine
     * @param locale     the language of the validation messages (the application's default)
     * @param iterations how many passes, at least 1
     */
    public CountyChainWarmUp(CountyChainJson json, @Nullable CountyChainValidator validator, RuleEngine rules,
                             Locale locale, int iterations) {
        this(json, validator, rules, locale, iterations, SampleCounty::jinjiangJson);
    }

    CountyChainWarmUp(CountyChainJson json, @Nullable CountyChainValidator validator, RuleEngine rules, Locale locale,
                      int iterations, Supplier<InputStream> sample) {
        this.sample = Objects.requireNonNull(sample, "sample");
        this.json = Objects.requireNonNull(json, "json");
        this.validator = validator;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.locale = Objects.requireNonNull(locale, "locale");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        this.iterations = iterations;
    }

    /** Runs the warm-up when the application's singletons are ready. */
    @Override
    public void afterSingletonsInstantiated() {
        run();
    }

    /**
     * Runs the passes; a failure stops them and is kept, never thrown.
     */
    public void run() {
        long start = System.nanoTime();
        try {
            byte[] county = readSample();
            for (int i = 0; i < iterations; i++) {
                pass(county);
                passes = i + 1; // one writer: a plain write, which readers see whole
            }
        } catch (RuntimeException | LinkageError e) {
            // A LinkageError too, as the rule engine treats a plug-in's: a class an optional part lacks.
            failure = e;
            LOG.warn("CountyChain warm-up stopped after " + passes + " of " + iterations
                    + " passes; the first request will pay the rest: " + e);
        } finally {
            elapsed = Duration.ofNanos(System.nanoTime() - start);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("CountyChain warm-up: " + passes + " passes in " + elapsed.toMillis() + " ms");
        }
    }

    private void pass(byte[] sample) {
        CountyDataset county = json.read(new ByteArrayInputStream(sample), "warm-up", CountyDataset.class);
        if (validator != null) {
            // Written as the starter's converter writes it.
            validator.validate(county, locale).toJson();
        }
        ScreeningResult screening = rules.screen(county);
        json.writeToBytes(screening);
    }

    private byte[] readSample() {
        try (InputStream in = sample.get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The passes completed.
     *
     * @return 0 before the warm-up ran, {@code iterations} when all of it did
     */
    public int passes() {
        return passes;
    }

    /**
     * How long the warm-up took.
     *
     * @return the time, zero before it ran
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * What stopped the warm-up, if anything did.
     *
     * @return the failure, or empty
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }
}
