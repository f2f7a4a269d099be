package org.countychain.examples.boot35;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No report with the asked id in the data set. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReportNotFoundException(String id) {
        super("no report " + id);
    }
}
