package org.countychain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The architecture rules of docs/architecture.md as ArchUnit rules, shared by every module's
 * architecture test: core applies them to its own classes, examples to all modules' classes on its class path
 * (core ships this class in its test jar).
 */
public final class ArchitectureRules {
    /** The root package of every CountyChain module. */
    public static final String ROOT = "org.countychain";

    private ArchitectureRules() {
    }

    /**
     * Imports main code only: test class directories and test jars are left out, so that the fixtures of
     * {@code ArchitectureRulesTest}, which break the rules on purpose, are never checked as production code.
     */
    public static final class MainCodeOnly implements ImportOption {
        private static final ImportOption NO_TEST_DIRECTORIES = new ImportOption.DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return NO_TEST_DIRECTORIES.includes(location) && !location.contains("-tests.jar");
        }
    }

    /**
     * The Maven modules, recognised by where a class was loaded from: the module's jar
     * ({@code countychain-core-0.1.0.jar}) or, inside the reactor, its {@code target/classes} directory.
     */
    public enum Module {
        /** countychain-core. */
        CORE("core"),
        /** countychain-jackson3. */
        JACKSON3("jackson3"),
        /** countychain-validation. */
        VALIDATION("validation"),
        /** countychain-poi-export. */
        POI_EXPORT("poi-export"),
        /** countychain-spring-boot-starter. */
        SPRING_BOOT_STARTER("spring-boot-starter"),
        /** countychain-test, the test kit. */
        TEST_KIT("test"),
        /** countychain-examples. */
        EXAMPLES("examples");

        private final String directory;
        private final Pattern location;

        Module(String directory) {
            this.directory = directory;
            this.location = Pattern.compile(".*(/countychain-" + Pattern.quote(directory) + "-[^/]*\\.jar!/"
                    + "|/" + Pattern.quote(directory) + "/target/classes/).*");
        }

        /**
         * The module a class was loaded from.
         *
         * @param c a class
         * @return the module, or empty for classes of other artifacts
         */
        public static Optional<Module> of(JavaClass c) {
            String uri = c.getSource().map(s -> s.getUri().toString()).orElse("");
            for (Module m : values()) {
                if (m.location.matcher(uri).matches()) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }

        /**
         * The classes of this module.
         *
         * @return a predicate over classes
         */
        public DescribedPredicate<JavaClass> classes() {
            return DescribedPredicate.describe("are in module " + directory, c -> of(c).orElse(null) == this);
        }

        /**
         * The module's directory in the reactor, which is also its artifact id without {@code countychain-}.
         *
         * @return for example {@code poi-export}
         */
        public String directory() {
            return directory;
        }
    }

    /**
     * No cycles between packages: every package under the root is its own slice, the root package included.
     *
     * @param root the root package
     * @return the rule
     */
    public static ArchRule noPackageCycles(String root) {
        SliceAssignment eachPackage = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                return p.equals(root) || p.startsWith(root + ".") ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package under " + root;
            }
        };
        return slices().assignedFrom(eachPackage).should().beFreeOfCycles()
                .because("a package cycle makes the packages one unit that cannot be understood or split alone");
    }

    /**
     * The given classes use neither {@code System.out} nor {@code System.err} (nor {@code printStackTrace()}):
     * a library reports through return values and exceptions, never the console.
     *
     * @param which the classes the rule is about
     * @return the rule
     */
    public static ArchRule noStandardStreams(DescribedPredicate<? super JavaClass> which) {
        return noClasses().that(which).should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("only the examples module may print to the console");
    }

    /**
     * The given classes depend on neither Apache POI nor Hibernate (Validator): core stays light and usable
     * without them.
     *
     * @param which the classes the rule is about
     * @return the rule
     */
    public static ArchRule noPoiOrHibernate(DescribedPredicate<? super JavaClass> which) {
        return noClasses().that(which).should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.poi..", "org.hibernate..")
                .because("core depends on jackson-databind and annotation APIs only (docs/architecture.md)");
    }

    /**
     * Public types of non-internal packages under the root never show an {@code ..internal..} type in what a
     * caller sees: public or protected methods, constructors and fields (parameter, return, field and thrown
     * types, with their type arguments and bounds), the class's type parameters, superclass and interfaces.
     *
     * @param root the root package
     * @return the rule
     */
    public static ArchRule apiDoesNotExposeInternals(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and(DescribedPredicate.describe("are not in an internal package", c -> !isInternal(c)))
                .and(DescribedPredicate.describe("are visible outside their package",
                        ArchitectureRules::isVisibleOutsidePackage))
                .should(notExposeInternalTypes())
                .because("API and SPI types never expose internal types (docs/architecture.md)");
    }

    /**
     * The condition behind {@link #apiDoesNotExposeInternals(String)}.
     *
     * @return the condition
     */
    public static ArchCondition<JavaClass> notExposeInternalTypes() {
        return new ArchCondition<>("not expose internal types in their public or protected signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                report(c, "type parameter of", c, typeParameterTypes(c), events);
                c.getSuperclass().ifPresent(s -> report(c, "superclass of", c, s.getAllInvolvedRawTypes(), events));
                for (JavaType i : c.getInterfaces()) {
                    report(c, "interface of", c, i.getAllInvolvedRawTypes(), events);
                }
                for (JavaMember m : c.getMembers()) {
                    if (!isVisibleOutsidePackage(m.getModifiers()) || m.getModifiers().contains(JavaModifier.SYNTHETIC)
                            || m.getModifiers().contains(JavaModifier.BRIDGE)) {
                        continue;
                    }
                    if (m instanceof JavaField f) {
                        report(c, "field", f, f.getType().getAllInvolvedRawTypes(), events);
                    } else if (m instanceof JavaCodeUnit u) {
                        report(c, u.isConstructor() ? "constructor" : "method", u, signatureTypes(u), events);
                    }
                }
            }
        };
    }

    private static void report(JavaClass owner, String what, HasSourceCodeLocation where,
                               Collection<JavaClass> types, ConditionEvents events) {
        Set<String> internal = new TreeSet<>();
        for (JavaClass t : types) {
            if (isInternal(t)) {
                internal.add(t.getName());
            }
        }
        for (String t : internal) {
            String name = where instanceof JavaMember m ? m.getFullName() : owner.getName();
            events.add(SimpleConditionEvent.violated(owner, String.format(Locale.ROOT, "%s %s exposes internal type %s in %s",
                    what, name, t, where.getSourceCodeLocation())));
        }
    }

    private static Collection<JavaClass> signatureTypes(JavaCodeUnit u) {
        List<JavaClass> types = new ArrayList<>(u.getReturnType().getAllInvolvedRawTypes());
        u.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
        types.addAll(u.getThrowsClause().getTypes());
        u.getTypeParameters().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
        return types;
    }

    private static Collection<JavaClass> typeParameterTypes(JavaClass c) {
        List<JavaClass> types = new ArrayList<>();
        c.getTypeParameters().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
        return types;
    }

    /**
     * Whether a class is in an internal package ({@code ..internal..}).
     *
     * @param c a class
     * @return true when internal
     */
    public static boolean isInternal(JavaClass c) {
        return ("." + c.getPackageName() + ".").contains(".internal.");
    }

    /** Public, or a public or protected member type of such a class all the way out. */
    private static boolean isVisibleOutsidePackage(JavaClass c) {
        for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
            if (k.get().isAnonymousClass() || k.get().isLocalClass() || !isVisibleOutsidePackage(k.get().getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisibleOutsidePackage(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
