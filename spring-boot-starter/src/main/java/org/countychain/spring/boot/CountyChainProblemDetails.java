package org.countychain.spring.boot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.InvalidInputException;
import org.countychain.validation.Violation;

/**
 * Answers the library's errors with RFC 9457 problem details (问题详情) in the request's language, and puts
 * {@link CountyChainSpringValidator} on every binder of a model type:
 * <ul>
 *   <li>{@link InvalidInputException} (a malformed body, a bad value): 400 with {@code code}, {@code path},
 *       {@code line} and {@code column};</li>
 *   <li>{@link CountyChainValidationException} ({@code @Valid} failed): 422 with {@code violations}, each with
 *       {@code code}, {@code severity}, {@code path}, {@code message} and the masked {@code invalidValue}, warnings
 *       included;</li>
 *   <li>{@link CountyChainIOException}: 500; any other {@link CountyChainException}: 422 with {@code code}.</li>
 * </ul>
 * An application's own {@code @ExceptionHandler} for these types in a higher-priority advice wins.
 *
 * @since 0.1.0
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class CountyChainProblemDetails {
    private static final int UNPROCESSABLE = 422;

    private final CountyChainSpringValidator validator;
    private final RequestLocales locales;

    /**
     * Creates the advice.
     *
     * @param validator the {@code @Valid} integration
     * @param locales   the language of messages
     */
    public CountyChainProblemDetails(CountyChainSpringValidator validator, RequestLocales locales) {
        this.validator = validator;
        this.locales = locales;
    }

    /**
     * Adds the library's validation to a binder whose target is a model type.
     *
     * @param binder the binder
     */
    @InitBinder
    public void addCountyChainValidation(WebDataBinder binder) {
        Object target = binder.getTarget();
        if (target != null && validator.supports(target.getClass())) {
            binder.addValidators(validator);
        }
    }

    /**
     * A failed {@code @Valid}.
     *
     * @param e the failure
     * @return 422 with every violation
     */
    @ExceptionHandler(CountyChainValidationException.class)
    public ProblemDetail validationFailed(CountyChainValidationException e) {
        Locale locale = locales.current();
        boolean zh = "zh".equals(locale.getLanguage());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(UNPROCESSABLE),
                zh ? "数据校验未通过：" + e.result().errorCount() + " 个错误，" + e.result().warningCount() + " 个警告"
                        : "Validation failed: " + e.result().errorCount() + " error(s), "
                        + e.result().warningCount() + " warning(s)");
        p.setTitle(zh ? "数据校验未通过" : "Validation failed");
        p.setProperty("errors", e.result().errorCount());
        p.setProperty("warnings", e.result().warningCount());
        p.setProperty("violations", e.result().violations().stream().map(CountyChainProblemDetails::toMap).toList());
        return p;
    }

    /**
     * A bad input: malformed JSON, a value that does not fit the model.
     *
     * @param e the error
     * @return 400 with the code and where
     */
    @ExceptionHandler(InvalidInputException.class)
    public ProblemDetail invalidInput(InvalidInputException e) {
        return problem(e, 400);
    }

    /**
     * Reading or writing failed.
     *
     * @param e the error
     * @return 500 with the code
     */
    @ExceptionHandler(CountyChainIOException.class)
    public ProblemDetail inputOutput(CountyChainIOException e) {
        return problem(e, 500);
    }

    /**
     * Any other error of the library.
     *
     * @param e the error
     * @return 422 with the code
     */
    @ExceptionHandler(CountyChainException.class)
    public ProblemDetail other(CountyChainException e) {
        return problem(e, UNPROCESSABLE);
    }

    private ProblemDetail problem(CountyChainException e, int status) {
        Locale locale = locales.current();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), e.getMessage(locale));
        p.setTitle(e.reason(locale));
        p.setProperty("code", e.errorCode().code());
        String path = e.location().path();
        if (path != null && !path.isEmpty()) {
            p.setProperty("path", path);
        }
        if (e.location().line() > 0) {
            p.setProperty("line", e.location().line());
            p.setProperty("column", e.location().column());
        }
        return p;
    }

    private static Map<String, Object> toMap(Violation v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", v.code());
        m.put("severity", v.severity().name());
        m.put("path", v.path());
        m.put("message", v.message());
        if (v.invalidValue() != null) {
            m.put("invalidValue", v.invalidValue());
        }
        return m;
    }

    /**
     * The violations' fields, for applications that answer with their own problem details.
     *
     * @param violations the violations
     * @return one map per violation: code, severity, path, message, invalidValue
     */
    public static List<Map<String, Object>> describe(List<Violation> violations) {
        return violations.stream().map(CountyChainProblemDetails::toMap).toList();
    }
}
