package org.countychain.spring.boot;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language of the library's messages for the current request (请求语言): the request's
 * {@code Accept-Language} when it has one, otherwise {@code countychain.default-locale} (Chinese), never the
 * server's default locale.
 *
 * @since 0.1.0
 */
public class RequestLocales {
    private final Locale defaultLocale;

    /**
     * Creates the resolver.
     *
     * @param defaultLocale the language when a request names none
     */
    public RequestLocales(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    /**
     * The current request's language.
     *
     * @return the locale
     */
    public Locale current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            if (request.getHeader("Accept-Language") != null) {
                return request.getLocale();
            }
        }
        return defaultLocale;
    }
}
