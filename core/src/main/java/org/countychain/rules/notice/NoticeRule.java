package org.countychain.rules.notice;

import java.util.List;
import java.util.Locale;

import org.countychain.rules.internal.RuleBundle;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.spi.PolicyRule;

/** What every built-in rule shares: id, section, title from the bundle, its finding types. */
abstract class NoticeRule implements PolicyRule {
    private final String id;
    private final String section;
    private final List<FindingType> types;

    NoticeRule(String id, String section, FindingType... types) {
        this.id = id;
        this.section = section;
        this.types = List.of(types);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String noticeSection() {
        return section;
    }

    @Override
    public final String title(Locale locale) {
        return RuleBundle.text(id + ".title", locale);
    }

    @Override
    public final List<FindingType> findingTypes() {
        return types;
    }

    @Override
    public String toString() {
        return id + " " + getClass().getSimpleName();
    }
}
