package io.trellis.abs.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A report as PDF (Apache PDFBox), A4 portrait: the title, then each table with its heading row repeated on every
 * page it spans, amounts right-aligned, and "page i of n" at the foot. A table too wide for the page is set in a
 * smaller size rather than cut. The text is Helvetica, which prints what reports hold: party and transaction ids,
 * dates, amounts and English labels; a character Helvetica cannot print (none comes from the ledger's rules) is
 * printed as '?'.
 */
public final class PdfReportWriter {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 40;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TITLE_SIZE = 13;
    private static final float HEADING_SIZE = 10;
    private static final float CELL_SIZE = 8;
    private static final float SMALLEST_CELL_SIZE = 5;
    private static final float CELL_PADDING = 6;

    private final PDDocument pdf;
    /** A document's own font objects: PDFBox's font caches are not safe to share between concurrent requests. */
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    private PdfReportWriter(PDDocument pdf) {
        this.pdf = pdf;
    }

    public static byte[] write(ReportDocument document) {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle(printable(document.title()));
            pdf.getDocumentInformation().setProducer("Trellis abs-service");
            new PdfReportWriter(pdf).render(document);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of " + document.title(), e);
        }
    }

    private void render(ReportDocument document) throws IOException {
        newPage();
        text(bold, TITLE_SIZE, MARGIN, document.title());
        y -= TITLE_SIZE;
        for (ReportTable table : document.tables()) {
            table(table);
        }
        page.close();
        footers();
    }

    private void table(ReportTable table) throws IOException {
        float size = fittingSize(table);
        float rowHeight = size * 1.5f;
        float[] widths = widths(table, size);
        room(HEADING_SIZE * 3 + rowHeight * 2);
        y -= HEADING_SIZE * 2.2f;
        text(bold, HEADING_SIZE, MARGIN, table.title());
        y -= HEADING_SIZE * 0.5f;
        heading(table, widths, size, rowHeight);
        for (List<String> row : table.rows()) {
            if (y - rowHeight < MARGIN + CELL_SIZE * 2) {
                newPage();
                heading(table, widths, size, rowHeight);
            }
            row(table, row, widths, regular, size, rowHeight);
        }
    }

    private void heading(ReportTable table, float[] widths, float size, float rowHeight) throws IOException {
        row(table, table.columns().stream().map(ReportTable.Column::name).toList(), widths, bold, size, rowHeight);
        page.setLineWidth(0.5f);
        page.moveTo(MARGIN, y - size * 0.5f);
        page.lineTo(MARGIN + sum(widths), y - size * 0.5f);
        page.stroke();
    }

    private void row(ReportTable table, List<String> cells, float[] widths, PDType1Font font, float size,
            float rowHeight) throws IOException {
        y -= rowHeight;
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            String cell = printable(cells.get(i));
            float left = table.columns().get(i).numeric()
                    ? x + widths[i] - CELL_PADDING - width(font, size, cell)
                    : x;
            text(font, size, left, cell);
            x += widths[i];
        }
    }

    /** The cell size at which the table fits the page's width. */
    private float fittingSize(ReportTable table) throws IOException {
        float natural = sum(widths(table, CELL_SIZE));
        if (natural <= WIDTH) {
            return CELL_SIZE;
        }
        return Math.max(SMALLEST_CELL_SIZE, CELL_SIZE * (WIDTH - table.columns().size() * CELL_PADDING)
                / (natural - table.columns().size() * CELL_PADDING));
    }

    private float[] widths(ReportTable table, float size) throws IOException {
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(bold, size, table.columns().get(i).name());
            for (List<String> row : table.rows()) {
                widths[i] = Math.max(widths[i], width(regular, size, printable(row.get(i))));
            }
            widths[i] += CELL_PADDING;
        }
        return widths;
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PAGE);
        pdf.addPage(next);
        page = new PDPageContentStream(pdf, next);
        y = PAGE.getHeight() - MARGIN;
    }

    private void footers() throws IOException {
        int count = pdf.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(pdf, pdf.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = "Page " + (i + 1) + " of " + count;
                foot.beginText();
                foot.setFont(regular, CELL_SIZE);
                foot.newLineAtOffset(PAGE.getWidth() - MARGIN - width(regular, CELL_SIZE, text), MARGIN / 2);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    private void text(PDType1Font font, float size, float x, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(printable(text));
        page.endText();
    }

    private static float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static float sum(float[] widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        return total;
    }

    /** Printable ASCII as it is; anything else as '?', which Helvetica's encoding can always print. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return out.toString();
    }
}
