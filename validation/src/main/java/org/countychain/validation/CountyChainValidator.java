package org.countychain.validation;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

import org.countychain.division.Divisions;
import org.countychain.report.ReportTemplates;
import org.countychain.validation.constraints.ContactPhone;
import org.countychain.validation.constraints.PersonalInformation;
import org.countychain.validation.constraints.Warning;
import org.countychain.validation.internal.PhoneNumbers;
import org.countychain.validation.internal.ReferenceData;

import org.jspecify.annotations.Nullable;

/**
 * The validation facade (校验入口): validates any CountyChain model object — a whole {@code CountyDataset},
 * {@code CitySubmission} or {@code ProvinceDataset}, or a single enterprise, report, … — and returns an immutable
 * {@link ValidationResult}. Hibernate Validator is bootstrapped once per facade; build one and share it (it is
 * thread-safe), then each call costs only the validation itself.
 *
 * <p>{@link #create()} returns at once: the bootstrap (a few hundred milliseconds in a fresh JVM) runs on a daemon
 * thread named {@value #BOOTSTRAP_THREAD}, so that what the caller does next — reading its input, starting the
 * rest of an application — overlaps it on another core. The first {@code validate} (or {@link #unwrap()}) waits
 * for it, or runs it on its own thread if the background thread has not begun; a bootstrap failure is thrown by
 * that first use instead of by {@code create()}. {@link Builder#bootstrapInBackground(boolean)} (or the system
 * property {@value #BACKGROUND_PROPERTY}{@code =false}) makes the bootstrap run inside {@code build()} instead.
 *
 * <pre>{@code
 * CountyChainValidator validator = CountyChainValidator.create();
 * ValidationResult draft = validator.validate(county);                          // well-formedness, 中文
 * ValidationResult submission = validator.validate(county, Locale.ENGLISH, Submission.class);
 * }</pre>
 *
 * <p>Messages are Chinese (zh_CN) by default; any {@code zh} locale gives Chinese, any other English. The JVM's
 * default locale is never used. The GB 11714 inner check of credit codes, and a Fujian pilot-era credit code, are
 * warnings unless the builder says otherwise.
 *
 * @since 0.1.0
 */
public final class CountyChainValidator implements AutoCloseable {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale ENGLISH = Locale.ENGLISH;

    /**
     * The name of the daemon thread that bootstraps Hibernate Validator while {@code create()}'s caller goes on.
     *
     * @since 0.1.0
     */
    public static final String BOOTSTRAP_THREAD = "countychain-validator-bootstrap";

    /**
     * The system property that, set to {@code false}, makes every builder bootstrap on the caller's thread (see
     * {@link Builder#bootstrapInBackground(boolean)}).
     *
     * @since 0.1.0
     */
    public static final String BACKGROUND_PROPERTY = "countychain.validator.bootstrapInBackground";

    /** Hibernate Validator's factory and the two validators, built once by the bootstrap. */
    private record Engines(ValidatorFactory factory, Validator chinese, Validator english) {
    }

    /** Builds the engines once: on {@link #BOOTSTRAP_THREAD}, or on the first caller that needs them first. */
    private final Bootstrap<Engines> bootstrap;

    private CountyChainValidator(Builder b) {
        Divisions divisions = b.divisions;
        ReportTemplates templates = b.templates;
        ModelConstraints.OrganisationCodeCheck organisation = b.organisation;
        ModelConstraints.PilotEraCheck pilotEra = b.pilotEra;
        this.bootstrap = new Bootstrap<>(() -> bootstrap(divisions, templates, organisation, pilotEra),
                engines -> engines.factory().close());
        if (b.backgroundBootstrap) {
            // Then, while the first validation walks the model from its root on the caller's thread, the bootstrap
            // thread builds the metadata of the model's types from the leaves up (Hibernate Validator builds each
            // type's once, whichever thread asks first, and caches it for both validators).
            bootstrap.startThread(BOOTSTRAP_THREAD, engines -> {
                for (int i = ModelConstraints.MAPPED_TYPES.size() - 1; i >= 0; i--) {
                    engines.chinese().getConstraintsForClass(ModelConstraints.MAPPED_TYPES.get(i));
                }
            });
        } else {
            bootstrap.get();
        }
    }

    private static Engines bootstrap(Divisions divisions, ReportTemplates templates,
                                     ModelConstraints.OrganisationCodeCheck organisation,
                                     ModelConstraints.PilotEraCheck pilotEra) {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure();
        config.ignoreXmlConfiguration();
        // Aggregate every ValidationMessages bundle on the class path, so that an application's own
        // ValidationMessages.properties does not hide the library's keys.
        MessageInterpolator interpolator = new ResourceBundleMessageInterpolator(
                new PlatformResourceBundleLocator("ValidationMessages", CountyChainValidator.class.getClassLoader(),
                        true));
        config.messageInterpolator(interpolator);
        // The model is plain records: every property is reachable. A resolver of our own, even a trivial one,
        // makes Hibernate Validator cache each answer in a map per call, which cost more than half of the time of
        // validating a province; with the cache off the resolver is a plain call.
        config.traversableResolver(new TraverseAll());
        config.enableTraversableResolverResultCache(false);
        config.constraintValidatorFactory(new ReferenceDataFactory(config.getDefaultConstraintValidatorFactory(),
                new ReferenceData(divisions, templates)));
        config.addMapping(ModelConstraints.mapping(config, organisation, pilotEra));
        ValidatorFactory factory = config.buildValidatorFactory();
        try {
            return new Engines(factory,
                    factory.usingContext().messageInterpolator(new FixedLocale(interpolator, CHINESE)).getValidator(),
                    factory.usingContext().messageInterpolator(new FixedLocale(interpolator, ENGLISH)).getValidator());
        } catch (RuntimeException | Error e) {
            factory.close();
            throw e;
        }
    }

    /**
     * A validator with the defaults: built-in Fujian divisions and template editions, the GB 11714 inner check
     * of credit codes as a warning, Hibernate Validator bootstrapped in the background (see the class comment).
     *
     * @return a new validator; build it once and share it
     */
    public static CountyChainValidator create() {
        return builder().build();
    }

    /**
     * A builder for a validator with other settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates an object in the given groups, with Chinese messages.
     *
     * @param target the object, for example a {@code CountyDataset}
     * @param groups the groups; none means the default (draft) group; {@link Submission} adds completeness
     * @return the result
     */
    public ValidationResult validate(Object target, Class<?>... groups) {
        return validate(target, CHINESE, groups);
    }

    /**
     * Validates an object in the given groups, with messages in the given language.
     *
     * @param target the object
     * @param locale the language of the messages: Chinese for any {@code zh} locale, English otherwise
     * @param groups the groups; none means the default (draft) group
     * @return the result
     */
    public ValidationResult validate(Object target, Locale locale, Class<?>... groups) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(groups, "groups");
        Engines e = bootstrap.get();
        Validator validator = locale != null && "zh".equals(locale.getLanguage()) ? e.chinese() : e.english();
        Set<ConstraintViolation<Object>> found = validator.validate(target, groups);
        if (found.isEmpty()) {
            return ValidationResult.of(List.of());
        }
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            violations.add(toViolation(v));
        }
        return ValidationResult.of(violations);
    }

    /**
     * The Bean Validation {@link Validator} behind the facade, for callers that want raw
     * {@link ConstraintViolation}s (Chinese messages).
     *
     * @return the validator
     */
    public Validator unwrap() {
        return bootstrap.get().chinese();
    }

    /**
     * Releases Hibernate Validator's caches. Does not wait for a bootstrap still running (it releases what it built
     * when it ends); the validator is not to be used afterwards.
     */
    @Override
    public void close() {
        bootstrap.close();
    }

    static Violation toViolation(ConstraintViolation<?> v) {
        ConstraintDescriptor<?> descriptor = v.getConstraintDescriptor();
        Class<? extends Annotation> type = descriptor.getAnnotation().annotationType();
        ViolationCode code = ViolationCode.of(v.getMessageTemplate(), type.getName());
        ViolationSeverity severity = descriptor.getPayload().contains(Warning.class) ? ViolationSeverity.WARNING
                : code.defaultSeverity();
        boolean personal = type == ContactPhone.class || descriptor.getPayload().contains(PersonalInformation.class);
        Object value = v.getInvalidValue();
        if (value != null && value == v.getLeafBean() && isBeanLevel(v)) {
            value = valueAt(v.getRootBean(), v.getPropertyPath());
        }
        String shown = render(value);
        if (shown != null && personal) {
            shown = PhoneNumbers.mask(shown);
        }
        return new Violation(code.code(), severity, path(v.getPropertyPath()), v.getMessage(), shown);
    }

    private static boolean isBeanLevel(ConstraintViolation<?> v) {
        // A class-level constraint reports the bean as the invalid value even when it names a property below it.
        Object leaf = v.getLeafBean();
        return leaf != null && leaf.getClass().isRecord() && !(v.getInvalidValue() instanceof CharSequence);
    }

    /**
     * Renders a property path as {@code enterprises[3].years[0].rdExpense}.
     */
    static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }

    /**
     * The value a path leads to from the root, through record components and list indices; {@code null} when
     * the path cannot be followed.
     */
    static @Nullable Object valueAt(Object root, Path path) {
        Object current = root;
        for (Path.Node node : path) {
            if (current == null) {
                return null;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                if (!(current instanceof List<?> list) || node.getIndex() >= list.size()) {
                    return null;
                }
                current = list.get(node.getIndex());
            }
            String name = node.getName();
            if (name == null || name.startsWith("<") || current == null) {
                continue;
            }
            current = component(current, name);
        }
        return current;
    }

    private static @Nullable Object component(Object record, String name) {
        if (!record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The value as text: amounts in plain notation, simple values and lists of them as text, whole objects as
     * {@code null}.
     */
    static @Nullable String render(@Nullable Object value) {
        if (value == null || (value.getClass().isRecord() && !isSimple(value))) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>(c.size());
            for (Object o : c) {
                if (o != null && !isSimple(o)) {
                    return null;
                }
                parts.add(String.valueOf(o));
            }
            return parts.toString();
        }
        if (value instanceof Map<?, ?>) {
            return null;
        }
        return isSimple(value) ? value.toString() : null;
    }

    private static boolean isSimple(Object o) {
        return o instanceof CharSequence || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>
                || o instanceof java.time.temporal.Temporal || o instanceof Character
                || o instanceof org.countychain.enterprise.CreditCode
                || o instanceof org.countychain.division.DivisionCode;
    }

    /**
     * Builds a {@link CountyChainValidator}. Each setting has a default.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Divisions divisions = Divisions.fujian();
        private ReportTemplates templates = ReportTemplates.builtIn();
        private ModelConstraints.OrganisationCodeCheck organisation = ModelConstraints.OrganisationCodeCheck.WARNING;
        private ModelConstraints.PilotEraCheck pilotEra = ModelConstraints.PilotEraCheck.WARNING;
        private boolean backgroundBootstrap = !"false".equalsIgnoreCase(System.getProperty(BACKGROUND_PROPERTY));

        private Builder() {
        }

        /**
         * Sets whether {@link #build()} bootstraps Hibernate Validator on a background thread and returns at once
         * (the default), or bootstraps it before it returns. In the background, the thread is a daemon named
         * {@value CountyChainValidator#BOOTSTRAP_THREAD}; it ends when the bootstrap does; the first call that needs
         * the validator waits for it (or runs the bootstrap itself if the thread has not begun), and a bootstrap
         * failure is thrown by that call, and every later one, instead of by {@code build()}. The results are the
         * same either way. The default can be set for a whole JVM with the system property
         * {@value CountyChainValidator#BACKGROUND_PROPERTY}{@code =false}.
         *
         * @param background {@code true} to bootstrap on a background thread, {@code false} on the caller's
         * @return this builder
         * @since 0.1.0
         */
        public Builder bootstrapInBackground(boolean background) {
            this.backgroundBootstrap = background;
            return this;
        }

        /**
         * Sets the divisions and reporting units that division codes and unit ids are checked against.
         *
         * @param divisions the reference data, {@code Divisions.fujian()} by default
         * @return this builder
         */
        public Builder divisions(Divisions divisions) {
            this.divisions = Objects.requireNonNull(divisions, "divisions");
            return this;
        }

        /**
         * Sets the template editions that reports are checked against.
         *
         * @param templates the editions, {@code ReportTemplates.builtIn()} by default
         * @return this builder
         */
        public Builder templates(ReportTemplates templates) {
            this.templates = Objects.requireNonNull(templates, "templates");
            return this;
        }

        /**
         * Sets the severity of the GB 11714 inner check of credit codes (characters 9–17).
         *
         * @param severity {@link ViolationSeverity#WARNING} (the default) or {@link ViolationSeverity#ERROR}
         * @return this builder
         */
        public Builder organisationCodeCheck(ViolationSeverity severity) {
            this.organisation = severity == ViolationSeverity.ERROR ? ModelConstraints.OrganisationCodeCheck.ERROR
                    : ModelConstraints.OrganisationCodeCheck.WARNING;
            return this;
        }

        /**
         * Leaves out the GB 11714 inner check of credit codes.
         *
         * @return this builder
         */
        public Builder withoutOrganisationCodeCheck() {
            this.organisation = ModelConstraints.OrganisationCodeCheck.OFF;
            return this;
        }

        /**
         * Sets how Fujian's pilot-era credit codes (试点期代码, CV-0106) are reported: real codes issued by Fuzhou and
         * Xiamen offices whose check character follows the pilot's rule, not GB 32100's.
         *
         * @param severity {@link ViolationSeverity#WARNING} (the default: accepted, with a warning that says why) or
         *                 {@link ViolationSeverity#ERROR} (the system does not accept them)
         * @return this builder
         */
        public Builder pilotEraCreditCodes(ViolationSeverity severity) {
            this.pilotEra = severity == ViolationSeverity.ERROR ? ModelConstraints.PilotEraCheck.ERROR
                    : ModelConstraints.PilotEraCheck.WARNING;
            return this;
        }

        /**
         * Accepts Fujian's pilot-era credit codes silently, without the CV-0106 warning.
         *
         * @return this builder
         */
        public Builder withoutPilotEraWarning() {
            this.pilotEra = ModelConstraints.PilotEraCheck.OFF;
            return this;
        }

        /**
         * Builds the validator. Hibernate Validator is bootstrapped on a background thread unless
         * {@link #bootstrapInBackground(boolean)} says otherwise; the first validation waits for it.
         *
         * @return the validator
         * @throws jakarta.validation.ValidationException if the bootstrap fails and it runs on the caller's thread
         *         (in the background, the first use of the validator throws it)
         */
        public CountyChainValidator build() {
            return new CountyChainValidator(this);
        }
    }

    /** Interpolates every message in one locale, whatever the JVM's default. */
    private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, locale);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale ignored) {
            return delegate.interpolate(messageTemplate, context, locale);
        }
    }

    /** The model is plain records: every property is reachable and cascadable. */
    private static final class TraverseAll implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    /** Hands the facade's reference data to the validators that use it. */
    private record ReferenceDataFactory(ConstraintValidatorFactory delegate, ReferenceData data)
            implements ConstraintValidatorFactory {
        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            T instance = delegate.getInstance(key);
            if (instance instanceof ReferenceData.Aware aware) {
                aware.use(data);
            }
            return instance;
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            delegate.releaseInstance(instance);
        }
    }
}
