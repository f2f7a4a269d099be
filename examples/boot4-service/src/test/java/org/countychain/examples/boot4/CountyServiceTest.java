package org.countychain.examples.boot4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.countychain.chain.BottleneckKind;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.test.CountyChainAssertions;
import org.countychain.test.PlantedError;
import org.countychain.test.SampleData;

/**
 * The service as a client sees it, on Spring Boot 4.0 with Jackson 3: the library's JSON, validation, screening
 * and Word export through the starter alone.
 */
@SpringBootTest
class CountyServiceTest {
    @Autowired
    private WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    static String sample() {
        return SampleData.json();
    }

    /** The sample with one planted error: a landline two digits short, personal data masked in answers. */
    static String withBadPhone() {
        return SampleData.jsonWithError(PlantedError.MALFORMED_PHONE);
    }

    @Test
    void validateListsTheSamplesWarningsAndNoError() throws Exception {
        mvc.perform(post("/counties/validate").contentType(MediaType.APPLICATION_JSON).content(sample()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errorCount").value(0))
                .andExpect(jsonPath("$.warningCount").value(3));
    }

    @Test
    void screenAnswersWarningsWithFindingsNotWithAFailure() throws Exception {
        mvc.perform(post("/counties/screen").contentType(MediaType.APPLICATION_JSON).content(sample()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportingYear").value(2024))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'R7')]").exists());
    }

    @Test
    void anInvalidBodyIsA422ProblemWithTheCvCodePathAndAMaskedPhone() throws Exception {
        String body = mvc.perform(post("/counties/screen").contentType(MediaType.APPLICATION_JSON)
                        .content(withBadPhone()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("数据校验未通过"))
                .andExpect(jsonPath("$.violations[?(@.code == 'CV-0121')].severity").value("ERROR"))
                .andExpect(jsonPath("$.violations[?(@.code == 'CV-0121')].path")
                        .value(PlantedError.MALFORMED_PHONE.path()))
                .andExpect(jsonPath("$.violations[?(@.code == 'CV-0121')].invalidValue").value("059****5501"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("0595-855501");
    }

    @Test
    void problemsAreInTheRequestsLanguage() throws Exception {
        mvc.perform(post("/counties/screen").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(withBadPhone()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Validation failed"));
    }

    @Test
    void malformedJsonIsA400ProblemWithTheLibrarysCode() throws Exception {
        mvc.perform(post("/counties/validate").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024,\"surprise\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith("CC-")))
                .andExpect(jsonPath("$.path").value("surprise"));
    }

    @Test
    void chineseLabelsAreReadStrictly() throws Exception {
        String labelled = sample().replace("\"kind\" : \"BREAKPOINT\"", "\"kind\" : \"断点\"");
        assertThat(labelled).contains("断点");
        mvc.perform(post("/counties/validate").contentType(MediaType.APPLICATION_JSON).content(labelled))
                .andExpect(status().isOk());
        mvc.perform(post("/counties/validate").contentType(MediaType.APPLICATION_JSON)
                        .content(sample().replace("\"year\" : 2024,", "\"year\" : \"2024\",")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theReportIsStreamedAsAWordDocument() throws Exception {
        var result = mvc.perform(post("/counties/report").contentType(MediaType.APPLICATION_JSON).content(sample()))
                .andExpect(status().isOk())
                .andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
                .andExpect(result1 -> {
                    InspectedDocument docx = DocxInspector.inspect(result1.getResponse().getContentAsByteArray());
                    CountyChainAssertions.assertThat(docx)
                            .hasHeadingsInOrder("晋江市县域重点产业创新链调研报告", "一、晋江市县域重点产业发展现状")
                            .doesNotContainText("0595-85550101");
                });
    }

    @Test
    void jackson3FindsTheModelsModuleWithNoCode() {
        tools.jackson.databind.json.JsonMapper mapper = context.getBean(tools.jackson.databind.json.JsonMapper.class);
        assertThat(mapper.readValue("\"断点\"", BottleneckKind.class)).isEqualTo(BottleneckKind.BREAKPOINT);
    }
}
