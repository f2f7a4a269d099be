package org.countychain.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.countychain.Labelled;
import org.countychain.architecture.ArchitectureRules;
import org.countychain.export.batch.BatchPhase;
import org.countychain.rules.NoticeList;
import org.countychain.rules.model.HighTechCriterion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every constant people read in either language, in every module: each {@link Labelled} enum and each enum with a
 * {@code title(Locale)}. A {@code zh*} reader gets Chinese, anyone else English (whatever the JVM's default locale);
 * both are present, the Chinese one is Chinese and the English one is not, and no two constants of an enum read the
 * same. The enums are found by scanning the modules' main classes, so a new one is checked without being listed.
 */
class BilingualConstantsTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final List<Locale> CHINESE = List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE,
            Locale.TRADITIONAL_CHINESE, Locale.forLanguageTag("zh-Hans-SG"));
    private static final List<Locale> NOT_CHINESE = List.of(Locale.ENGLISH, Locale.US, Locale.ROOT, Locale.FRENCH,
            Locale.JAPANESE);

    private static final List<Class<?>> LABELLED = new ArrayList<>();
    private static final List<Class<?>> TITLED = new ArrayList<>();

    @BeforeAll
    static void findEnums() {
        for (JavaClass c : new ClassFileImporter().withImportOption(new ArchitectureRules.MainCodeOnly())
                .importPackages(ArchitectureRules.ROOT)) {
            if (!c.isEnum()) {
                continue;
            }
            Class<?> type = c.reflect();
            if (Labelled.class.isAssignableFrom(type)) {
                LABELLED.add(type);
            }
            if (titleMethod(type) != null) {
                TITLED.add(type);
            }
        }
    }

    private static Method titleMethod(Class<?> type) {
        try {
            return type.getMethod("title", Locale.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Test
    void theScanFindsTheEnumsOfEveryModule() {
        // core's (among them one with an English name of its own) and poi-export's.
        assertThat(LABELLED).hasSizeGreaterThan(25).contains(HighTechCriterion.class, BatchPhase.class);
        assertThat(TITLED).contains(NoticeList.class);
    }

    @Test
    void everyLabelledConstantReadsInBothLanguages() {
        for (Class<?> type : LABELLED) {
            Set<String> chinese = new HashSet<>();
            Set<String> english = new HashSet<>();
            for (Object constant : type.getEnumConstants()) {
                Labelled l = (Labelled) constant;
                String id = type.getSimpleName() + "." + ((Enum<?>) constant).name();
                assertThat(l.label()).as("label of %s", id).isNotBlank().containsPattern(HAN);
                for (Locale locale : CHINESE) {
                    assertThat(l.displayName(locale)).as("%s in %s", id, locale).isEqualTo(l.label());
                }
                String en = l.displayName(Locale.ENGLISH);
                assertThat(en).as("%s in English", id).isNotBlank().doesNotContainPattern(HAN);
                for (Locale locale : NOT_CHINESE) {
                    assertThat(l.displayName(locale)).as("%s in %s", id, locale).isEqualTo(en);
                }
                assertThat(l.displayName(null)).as("%s without a locale", id).isEqualTo(en);
                assertThat(chinese.add(l.label())).as("%s has a label of its own", id).isTrue();
                assertThat(english.add(en)).as("%s has an English name of its own", id).isTrue();
                // JSON and the importers accept the constant's name and its label.
                assertThat(find(type, l.label())).as("%s found by its label", id).isSameAs(constant);
                assertThat(find(type, ((Enum<?>) constant).name())).as("%s found by its name", id).isSameAs(constant);
            }
        }
    }

    @Test
    void everyTitledConstantReadsInBothLanguages() throws ReflectiveOperationException {
        for (Class<?> type : TITLED) {
            Method title = titleMethod(type);
            Set<String> chinese = new HashSet<>();
            Set<String> english = new HashSet<>();
            for (Object constant : type.getEnumConstants()) {
                String id = type.getSimpleName() + "." + ((Enum<?>) constant).name();
                String zh = (String) title.invoke(constant, Locale.SIMPLIFIED_CHINESE);
                String en = (String) title.invoke(constant, Locale.ENGLISH);
                assertThat(zh).as("Chinese title of %s", id).isNotBlank().containsPattern(HAN);
                assertThat(en).as("English title of %s", id).isNotBlank().doesNotContainPattern(HAN);
                for (Locale locale : CHINESE) {
                    assertThat(title.invoke(constant, locale)).as("%s in %s", id, locale).isEqualTo(zh);
                }
                for (Locale locale : NOT_CHINESE) {
                    assertThat(title.invoke(constant, locale)).as("%s in %s", id, locale).isEqualTo(en);
                }
                assertThat(title.invoke(constant, (Locale) null)).as("%s without a locale", id).isEqualTo(en);
                assertThat(chinese.add(zh)).as("%s has a title of its own", id).isTrue();
                assertThat(english.add(en)).as("%s has an English title of its own", id).isTrue();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object find(Class<?> type, String text) {
        return Labelled.find((Class) type, text).orElse(null);
    }
}
