package org.countychain.spring.boot;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.ValidationResult;

/**
 * {@code @Valid} and {@code @Validated(Submission.class)} on a model type, through the library's facade
 * ({@code @Valid} 集成): the library's constraints apply without wiring, a warning does not fail the request, and
 * an error fails it with a {@link CountyChainValidationException} that keeps the CV codes and masks personal data
 * (nothing goes through Spring's {@code BindingResult}, which would log the rejected value). The result, warnings
 * included, is left in the request attribute {@link #RESULT_ATTRIBUTE} for the controller.
 *
 * @since 0.1.0
 */
public class CountyChainSpringValidator implements SmartValidator {
    /** The request attribute that holds the {@link ValidationResult} of the last validated body. */
    public static final String RESULT_ATTRIBUTE = CountyChainSpringValidator.class.getName() + ".RESULT";

    private static final String MODEL_ROOT = "org.countychain.";

    private final CountyChainValidator validator;
    private final RequestLocales locales;

    /**
     * Creates the validator.
     *
     * @param validator the facade
     * @param locales   the language of messages
     */
    public CountyChainSpringValidator(CountyChainValidator validator, RequestLocales locales) {
        this.validator = validator;
        this.locales = locales;
    }

    @Override
    public boolean supports(Class<?> type) {
        String name = type.getName();
        return name.startsWith(MODEL_ROOT) && !name.startsWith(MODEL_ROOT + "examples.");
    }

    @Override
    public void validate(Object target, Errors errors) {
        validate(target, errors, new Object[0]);
    }

    @Override
    public void validate(Object target, Errors errors, Object... hints) {
        Class<?>[] groups = Arrays.stream(hints).filter(Class.class::isInstance).map(Class.class::cast)
                .toArray(Class<?>[]::new);
        Locale locale = locales.current();
        ValidationResult result = validator.validate(target, locale, groups);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(RESULT_ATTRIBUTE, result, RequestAttributes.SCOPE_REQUEST);
        }
        if (!result.isValid()) {
            throw new CountyChainValidationException(result);
        }
    }
}
