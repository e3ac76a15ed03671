package org.spasmcare.recovery;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.spasmcare.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** My data: everything a patient has stored, as one CSV file. */
@Controller
class DataExportController {

    private final DataExport export;

    DataExportController(DataExport export) {
        this.export = export;
    }

    @GetMapping("/account/export.csv")
    void download(@AuthenticationPrincipal SignedInAccount me, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"spasmcare-my-data.csv\"");
        response.setHeader("Cache-Control", "no-store");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            export.writeCsv(me.id(), out);
        }
    }
}
