package org.spasmcare.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Answers to the check, as its pages post them, shared by the web tests of the form and its result pages. */
final class CheckAnswers {

    private CheckAnswers() {
    }

    /**
     * Valid answers to every step (acute, day 0, pain 3, age 40, no red flags), posted from the last step;
     * pairs of name and value replace or add answers.
     */
    static MockHttpServletRequestBuilder lastStep(String... overrides) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("step", "3");
        answers.put("noRedFlags", "true");
        answers.put("agoAmount", "0");
        answers.put("agoUnit", "days");
        answers.put("painScore", "3");
        answers.put("age", "40");
        for (int i = 0; i < overrides.length; i += 2) {
            answers.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/assessment").with(csrf());
        answers.forEach(request::param);
        return request;
    }
}
