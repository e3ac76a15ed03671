package org.spasmcare.floor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/** The floor for bench/run.sh: our starters, one page, one small JSON endpoint, nothing else. */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }

    record Question(@Min(0) @Max(10) int painScore, @Min(0) int durationDays) {
    }

    record Answer(String advice, List<String> steps) {
    }

    @Controller
    static class FloorController {

        @GetMapping("/")
        String page(Model model) {
            model.addAttribute("items", List.of("Rest", "Heat", "Walk"));
            return "index";
        }

        @PostMapping(path = "/api/answer", consumes = "application/json", produces = "application/json")
        @ResponseBody
        Answer answer(@Valid @RequestBody Question question) {
            return new Answer(question.painScore() > 7 ? "see a doctor" : "self-care", List.of("Rest", "Heat"));
        }
    }
}
