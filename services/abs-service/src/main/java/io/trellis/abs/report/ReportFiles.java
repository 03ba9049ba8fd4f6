package io.trellis.abs.report;

import jakarta.ws.rs.core.Response;

/** A report document sent as a file to save: CSV or PDF, with a file name naming what it is. */
final class ReportFiles {
    static final String TAG = "Reports";
    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";

    private ReportFiles() {
    }

    static Response csv(ReportDocument document, String name) {
        return file(CsvReportWriter.write(document), CSV + "; charset=UTF-8", name + ".csv");
    }

    static Response pdf(ReportDocument document, String name) {
        return file(PdfReportWriter.write(document), PDF, name + ".pdf");
    }

    /** Only ids and dates reach a file name; anything else is replaced, so the header cannot be broken. */
    private static Response file(byte[] content, String type, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + safe + "\"").build();
    }
}
