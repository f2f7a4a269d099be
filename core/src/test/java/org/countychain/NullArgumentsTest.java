package org.countychain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.countychain.consolidation.Consolidator;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.Divisions;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.spi.PolicyRule;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;

/**
 * A caller's {@code null} where the API takes none is a programming error: a {@link NullPointerException} whose
 * message is the parameter's name, thrown at the call, never a data error ({@code CC-1001}, which is for values
 * missing in documents). One test per family of entry points of the core.
 */
class NullArgumentsTest {
    private static void npeNaming(String parameter, ThrowingCallable call) {
        assertThatThrownBy(call).as(parameter).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
    }

    @Test
    void jsonReadingAndWriting() {
        CountyChainJson json = CountyChainJson.defaults();
        npeNaming("in", () -> json.read((InputStream) null, "x.json", CountyDataset.class));
        npeNaming("type", () -> json.read(SampleCounty.jinjiangJson(), "x.json", null));
        npeNaming("in", () -> json.readCountyDataset(null, "x.json"));
        npeNaming("json", () -> json.read((String) null, CountyDataset.class));
        npeNaming("type", () -> json.read("{}", null));
        npeNaming("file", () -> json.read((Path) null, CountyDataset.class));
        npeNaming("file", () -> json.readCountyDataset(null));
        npeNaming("file", () -> json.readProvinceDataset(null));
        npeNaming("value", () -> json.write(null, new ByteArrayOutputStream()));
        npeNaming("out", () -> json.write("x", (OutputStream) null));
        npeNaming("file", () -> json.write("x", (Path) null));
        npeNaming("value", () -> json.writeToString(null));
        npeNaming("value", () -> json.writeToBytes(null));
    }

    @Test
    void ruleEngine() {
        RuleEngine.Builder b = RuleEngine.builder();
        npeNaming("rule", () -> b.rule(null));
        npeNaming("rule", () -> b.replace(null));
        npeNaming("list", () -> b.rules(null));
        npeNaming("loader", () -> b.discover(null));
        npeNaming("id", () -> b.disable(null));
        npeNaming("settings", () -> b.settings((RuleSettings) null));
        npeNaming("pilotRegistry", () -> b.pilotRegistry((PilotRegistry) null));
        npeNaming("divisions", () -> b.divisions((Divisions) null));
        npeNaming("rule", () -> b.rules(Collections.singletonList((PolicyRule) null)));
        RuleEngine engine = RuleEngine.defaults();
        npeNaming("counties", () -> engine.screen((CountyDataset[]) null));
        npeNaming("province", () -> engine.screen((ProvinceDataset) null));
        npeNaming("input", () -> engine.screen((ScreeningInput) null));
    }

    @Test
    void consolidationAndSampleData() {
        Consolidator c = Consolidator.defaults();
        List<CountyDataset> none = List.of();
        npeNaming("cityUnitId", () -> c.consolidate(null, none));
        npeNaming("datasets", () -> c.consolidate("350500", (Collection<CountyDataset>) null));
        npeNaming("cityUnitId", () -> c.consolidate(null, 2024, none));
        npeNaming("datasets", () -> c.consolidate("350500", 2024, null));
        npeNaming("scale", () -> SyntheticProvince.generate(1L, null));
    }
}
