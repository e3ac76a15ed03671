package org.spasmcare.triage;

import org.springframework.util.StringUtils;

/**
 * Not part of the app: a framework call in the rules. ArchitectureTest adds this class to the rules'
 * classes and expects the purity rule to fail.
 */
class FrameworkDependencyProbe {

    boolean blank(String text) {
        return !StringUtils.hasText(text);
    }
}
