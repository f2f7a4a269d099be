package org.countychain.validation.internal;

import java.util.Optional;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.division.Division;
import org.countychain.division.DivisionChange;
import org.countychain.division.DivisionLevel;
import org.countychain.division.Divisions;
import org.countychain.validation.constraints.ValidDivisionCode.Scope;

/**
 * The division-code checks behind {@code @ValidDivisionCode}.
 */
final class DivisionCodeChecks {
    private DivisionCodeChecks() {
    }

    static boolean check(org.countychain.division.DivisionCode code, Scope scope, Divisions divisions,
                         ConstraintValidatorContext ctx, boolean detailed) {
        Optional<Division> current = divisions.find(code);
        if (current.isPresent()) {
            DivisionLevel level = current.get().level();
            if (scope == Scope.CURRENT_COUNTY && level != DivisionLevel.COUNTY) {
                fail(ctx, detailed, Templates.pieces("ValidDivisionCode.notCounty", current.get().toString()));
                return false;
            }
            if (scope == Scope.CURRENT_COUNTY_OR_CITY && level != DivisionLevel.COUNTY
                    && level != DivisionLevel.CITY) {
                fail(ctx, detailed, Templates.pieces("ValidDivisionCode.notCountyOrCity", current.get().toString()));
                return false;
            }
            return true;
        }
        Optional<DivisionChange> change = divisions.successorOf(code);
        if (change.isPresent()) {
            if (scope == Scope.HISTORICAL_ALLOWED) {
                return true;
            }
            DivisionChange c = change.get();
            String successor = divisions.current(code).map(Division::toString)
                    .orElse(c.newCode() + " " + c.newName());
            fail(ctx, detailed, Templates.pieces("ValidDivisionCode.retired", c.oldCode() + " " + c.oldName(),
                    successor));
            return false;
        }
        fail(ctx, detailed, Templates.pieces("ValidDivisionCode.unknown", code.value()));
        return false;
    }

    static void fail(ConstraintValidatorContext ctx, boolean detailed, String template) {
        if (detailed) {
            Report.replace(ctx, template);
        }
    }
}
