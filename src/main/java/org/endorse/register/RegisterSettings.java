package org.endorse.register;

import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Settings of the register. */
@Component
class RegisterSettings {

    private final Period accreditationExpiryWarning;

    RegisterSettings(@Value("${endorse.register.accreditation-expiry-warning:P90D}") Period accreditationExpiryWarning) {
        this.accreditationExpiryWarning = accreditationExpiryWarning;
    }

    /** How long before a designated laboratory's accreditation expires the secretariat is reminded. */
    Period accreditationExpiryWarning() {
        return accreditationExpiryWarning;
    }
}
