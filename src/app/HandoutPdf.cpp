#include "app/HandoutPdf.h"

#include "core/pressure/ReportFormat.h"
#include "core/session/HandoutLayout.h"
#include "gfx/VisualizerRenderer.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>

namespace backrub::app {
namespace {

// Page geometry and type, PDF points. Margins leave room for printers' unprintable edges.
constexpr double kMarginPt = 50.0;
constexpr double kFooterPt = 24.0;     // below the content area, inside the bottom margin's reach
constexpr double kBlockGapPt = 22.0;
constexpr double kColumnGapPt = 16.0;
constexpr const char* kFamily = "DejaVu Sans";  // fonts-dejavu-core: every character of the narration
constexpr const char* kNarrationStyle = "11";  // measured and drawn alike

struct Ink {
    double r, g, b;
};
constexpr Ink kText{0.10, 0.10, 0.12};
constexpr Ink kMuted{0.38, 0.38, 0.42};
constexpr Ink kRule{0.78, 0.78, 0.80};
constexpr Ink kAccent{0.16, 0.36, 0.56};
constexpr Ink kCautionGround{0.99, 0.95, 0.88};
constexpr Ink kCautionEdge{0.85, 0.55, 0.15};
constexpr Ink kRowGround{0.95, 0.96, 0.97};

void setInk(cairo_t* cr, Ink ink, double alpha = 1.0) { cairo_set_source_rgba(cr, ink.r, ink.g, ink.b, alpha); }

using LayoutPtr = std::unique_ptr<PangoLayout, decltype(&g_object_unref)>;

// A paragraph wrapped to widthPt in the given font ("Bold 20" after the family);
// at most maxHeightPt tall when given, ending in an ellipsis if cut.
LayoutPtr paragraph(cairo_t* cr, const std::string& text, const char* style, double widthPt,
                    double maxHeightPt = 0.0, PangoAlignment align = PANGO_ALIGN_LEFT) {
    LayoutPtr layout(pango_cairo_create_layout(cr), g_object_unref);
    // The PDF's units are points: at pango's default 96 dpi a "10" font would print at 13.3 pt.
    pango_cairo_context_set_resolution(pango_layout_get_context(layout.get()), 72.0);
    pango_layout_context_changed(layout.get());
    PangoFontDescription* font = pango_font_description_from_string((std::string(kFamily) + " " + style).c_str());
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(widthPt * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);  // a long word breaks rather than overflows
    pango_layout_set_alignment(layout.get(), align);
    if (maxHeightPt > 0.0) {
        pango_layout_set_height(layout.get(), static_cast<int>(maxHeightPt * PANGO_SCALE));
        pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_text(layout.get(), text.c_str(), -1);
    return layout;
}

double heightOf(PangoLayout* layout) {
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
}

void show(cairo_t* cr, PangoLayout* layout, double x, double y, Ink ink) {
    setInk(cr, ink);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

// A block's content measured or drawn: the same code does both, so the measured
// height is the drawn height. Draws only when `draw` is set.
struct Pen {
    cairo_t* cr;
    bool draw;
    double x, y;     // block's top left
    double width;
    double maxHeight;  // the content area's height: a block must fit it
};

// Writes one paragraph at (x, y); returns its height.
double text(const Pen& pen, double x, double y, double width, const std::string& s, const char* style, Ink ink,
            double maxHeight = 0.0, PangoAlignment align = PANGO_ALIGN_LEFT) {
    if (s.empty()) return 0.0;
    LayoutPtr layout = paragraph(pen.cr, s, style, width, maxHeight, align);
    if (pen.draw) show(pen.cr, layout.get(), pen.x + x, pen.y + y, ink);
    return heightOf(layout.get());
}

cairo_surface_t* surfaceOf(const Image& image) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
    cairo_surface_flush(surface);
    unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < image.height; ++y) {
        auto* row = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        const std::uint8_t* in = image.rgba.data() + static_cast<std::size_t>(y) * image.width * 4;
        for (int x = 0; x < image.width; ++x, in += 4)
            row[x] = (std::uint32_t(in[0]) << 16) | (std::uint32_t(in[1]) << 8) | std::uint32_t(in[2]);
    }
    cairo_surface_mark_dirty(surface);
    return surface;
}

// Paths shorter than this on paper are a hold in one place: drawn as a dot.
constexpr double kShortestPathPt = 6.0;

// The larger side of a line's bounding box, in its own units.
double spanOf(const std::vector<glm::vec2>& line) {
    glm::vec2 lo = line.front(), hi = line.front();
    for (const glm::vec2& p : line) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    return std::max(hi.x - lo.x, hi.y - lo.y);
}

void filledWithEdge(cairo_t* cr, const glm::vec3& colour) {
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
    cairo_fill_preserve(cr);
    cairo_set_source_rgba(cr, 0.05, 0.10, 0.15, 0.75);
    cairo_set_line_width(cr, 0.8);
    cairo_stroke(cr);
}

void strokePath(cairo_t* cr, const std::vector<glm::vec2>& line, double scale) {
    cairo_move_to(cr, line[0].x * scale, line[0].y * scale);
    for (std::size_t i = 1; i < line.size(); ++i) cairo_line_to(cr, line[i].x * scale, line[i].y * scale);
}

// An arrowhead at the end of a path, pointing along its last stretch of a few points.
void arrowHead(cairo_t* cr, const std::vector<glm::vec2>& line, double scale, double sizePt) {
    const glm::vec2 tip = line.back() * float(scale);
    glm::vec2 from = tip;
    for (auto it = line.rbegin(); it != line.rend() && glm::length(tip - from) < sizePt; ++it) from = *it * float(scale);
    const glm::vec2 along = tip - from;
    if (glm::length(along) < 1e-3f) return;
    const glm::vec2 d = glm::normalize(along), n(-d.y, d.x);
    const glm::vec2 back = tip - d * float(sizePt);
    cairo_move_to(cr, tip.x, tip.y);
    cairo_line_to(cr, back.x + n.x * sizePt * 0.5, back.y + n.y * sizePt * 0.5);
    cairo_line_to(cr, back.x - n.x * sizePt * 0.5, back.y - n.y * sizePt * 0.5);
    cairo_close_path(cr);
}

// The picture scaled into w x h (its aspect kept, centred), the hands' paths over it, a thin frame.
void picture(const Pen& pen, double x, double y, double w, double h, const HandoutPicture& pic) {
    if (!pen.draw || pic.image.empty()) return;
    cairo_t* cr = pen.cr;
    const double scale = std::min(w / pic.image.width, h / pic.image.height);
    const double dx = pen.x + x + (w - pic.image.width * scale) / 2, dy = pen.y + y + (h - pic.image.height * scale) / 2;
    cairo_save(cr);
    cairo_rectangle(cr, dx, dy, pic.image.width * scale, pic.image.height * scale);
    cairo_clip(cr);
    cairo_translate(cr, dx, dy);
    cairo_save(cr);
    cairo_scale(cr, scale, scale);
    cairo_surface_t* surface = surfaceOf(pic.image);
    cairo_set_source_surface(cr, surface, 0, 0);
    cairo_paint(cr);
    cairo_surface_destroy(surface);
    cairo_restore(cr);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    for (int hand = 0; hand < 2; ++hand) {
        const glm::vec3 c = gfx::kTrailColors[hand];
        const auto& lines = pic.pathPx[static_cast<std::size_t>(hand)];
        const std::vector<glm::vec2>* longest = nullptr;
        double longestPt = 0.0;
        for (const auto& line : lines) {
            if (line.size() < 2) continue;
            // A hold barely moves: a dot says where, a line or arrow would only show jitter.
            const double spanPt = spanOf(line) * scale;
            if (spanPt >= kShortestPathPt) {
                // A dark edge under the colour: the path reads on pale skin and on hot heat alike.
                strokePath(cr, line, scale);
                cairo_set_source_rgba(cr, 0.05, 0.10, 0.15, 0.75);
                cairo_set_line_width(cr, 2.6);
                cairo_stroke(cr);
                strokePath(cr, line, scale);
                cairo_set_source_rgb(cr, c.r, c.g, c.b);
                cairo_set_line_width(cr, 1.3);
                cairo_stroke(cr);
            }
            cairo_arc(cr, line.front().x * scale, line.front().y * scale, 2.4, 0, 2 * M_PI);  // where it starts
            filledWithEdge(cr, c);
            if (spanPt > longestPt) {
                longestPt = spanPt;
                longest = &line;
            }
        }
        // One arrowhead per hand, at the end of its longest stretch: the direction of the stroke.
        if (longest && longestPt >= kShortestPathPt) {
            arrowHead(cr, *longest, scale, 7.0);
            filledWithEdge(cr, c);
        }
    }
    cairo_restore(cr);
    cairo_rectangle(cr, dx, dy, pic.image.width * scale, pic.image.height * scale);
    setInk(cr, kRule);
    cairo_set_line_width(cr, 0.6);
    cairo_stroke(cr);
}

// Title, facts, summary, position and the cautions in a tinted box.
double titleBlock(const Pen& pen, const HandoutDocument& d) {
    double y = 0.0;
    y += text(pen, 0, y, pen.width, d.title, "Bold 24", kText);
    y += 4.0;
    y += text(pen, 0, y, pen.width, d.facts, "9.5", kMuted);
    y += 10.0;
    y += text(pen, 0, y, pen.width, d.summary, "12", kText);
    y += 6.0;
    y += text(pen, 0, y, pen.width, "Position: " + d.position, "10.5", kText);
    if (d.cautions.empty()) return y;
    y += 12.0;
    const double pad = 9.0, top = y;
    // The box goes under the text, so measure first, then draw box and text.
    Pen measure = pen;
    measure.draw = false;
    auto cautions = [&](const Pen& p) {
        double h = pad;
        h += text(p, pad, top + h, pen.width - 2 * pad, "Cautions", "Bold 10.5", kText);
        h += 3.0;
        for (const std::string& c : d.cautions) h += text(p, pad, top + h, pen.width - 2 * pad, "\u2022 " + c, "9.5", kText) + 2.0;
        return h + pad - 2.0;
    };
    const double inner = cautions(measure);
    if (pen.draw) {
        cairo_rectangle(pen.cr, pen.x, pen.y + top, pen.width, inner);
        setInk(pen.cr, kCautionGround);
        cairo_fill(pen.cr);
        cairo_rectangle(pen.cr, pen.x, pen.y + top, 3.0, inner);
        setInk(pen.cr, kCautionEdge);
        cairo_fill(pen.cr);
        cautions(pen);
    }
    return y + inner;
}

// Picture on the left; heading, timing, narration and forces beside it. A step too
// tall for a page keeps its picture and headings and cuts the narration with an ellipsis.
double stepBlock(const Pen& pen, const HandoutStep& s) {
    const double textX = kStepPictureWidthPt + kColumnGapPt, textW = pen.width - textX;
    Pen measure = pen;
    measure.draw = false;
    auto column = [&](const Pen& p, double narrationMaxPt) {
        double y = 0.0;
        y += text(p, textX, y, textW, s.heading, "Bold 13", kAccent);
        y += 2.0;
        y += text(p, textX, y, textW, s.timing, "9", kMuted);
        y += 7.0;
        y += text(p, textX, y, textW, s.narration, kNarrationStyle, kText, narrationMaxPt);
        if (!s.forces.empty()) y += 7.0;
        for (const std::string& f : s.forces) y += text(p, textX, y, textW, f, "9.5", kText) + 3.0;
        return y;
    };
    double narrationMax = 0.0;
    const double full = column(measure, 0.0);
    if (full > pen.maxHeight) {
        const double narration = text(measure, textX, 0, textW, s.narration, kNarrationStyle, kText);
        narrationMax = std::max(40.0, narration - (full - pen.maxHeight));
    }
    picture(pen, 0, 0, kStepPictureWidthPt, kStepPictureHeightPt, s.picture);
    return std::max(kStepPictureHeightPt, column(pen, narrationMax));
}

// A vertical colour bar with the legend's ticks, beside the dose picture.
void colourBar(const Pen& pen, double x, double y, double h, const Legend& legend) {
    if (!pen.draw) return;
    cairo_t* cr = pen.cr;
    const double w = 12.0, left = pen.x + x, top = pen.y + y;
    cairo_pattern_t* ramp = cairo_pattern_create_linear(0, top + h, 0, top);  // low at the bottom
    for (int i = 0; i <= 31; ++i) {
        const glm::vec3 c = sampleColorMap(legend.map, static_cast<float>(i) / 31.0f);
        cairo_pattern_add_color_stop_rgb(ramp, i / 31.0, c.r, c.g, c.b);
    }
    cairo_rectangle(cr, left, top, w, h);
    cairo_set_source(cr, ramp);
    cairo_fill_preserve(cr);
    cairo_pattern_destroy(ramp);
    setInk(cr, kMuted);
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
    for (std::size_t i = 0; i < legend.ticks.size() && i < legend.labels.size(); ++i) {
        const double ty = top + h * (1.0 - legend.normalized(legend.ticks[i]));
        cairo_move_to(cr, left + w, ty);
        cairo_line_to(cr, left + w + 3.0, ty);
        cairo_stroke(cr);
        LayoutPtr label = paragraph(cr, legend.labels[i], "8", 60.0);
        show(cr, label.get(), left + w + 5.0, ty - heightOf(label.get()) / 2, kText);
    }
}

double doseBlock(const Pen& pen, const HandoutDocument& d) {
    double y = 0.0;
    y += text(pen, 0, y, pen.width, "The whole technique", "Bold 18", kText);
    y += 4.0;
    y += text(pen, 0, y, pen.width,
              "Where the technique left the most pressure over its whole length, at " + d.report.pressure +
                  " pressure: the dose is pressure times time on each spot of skin.",
              "10", kText);
    y += 10.0;
    picture(pen, 0, y, kDosePictureWidthPt, kDosePictureHeightPt, d.dosePicture);
    // Beside the picture: its colour scale, then the advice that closes the handout.
    const double x = kDosePictureWidthPt + kColumnGapPt, columnW = pen.width - x;
    double column = 0.0;
    if (d.doseLegend) {
        column += text(pen, x, y, columnW, d.doseLegend->title + " (" + d.doseLegend->unit + ")", "Bold 9.5", kText) + 8.0;
        const double barH = 120.0, labelsW = 60.0;
        colourBar(pen, x, y + column, barH, *d.doseLegend);
        text(pen, x + labelsW, y + column, columnW - labelsW, d.doseLegend->scaleNote, "8.5", kMuted);
        column += barH + 16.0;
    }
    column += text(pen, x, y + column, columnW, d.closingNote, "Italic 9.5", kMuted);
    return y + std::max(kDosePictureHeightPt, column);
}

// The region table: the same columns and rounding as `backrub report`.
double tableBlock(const Pen& pen, const HandoutDocument& d) {
    double y = 0.0;
    y += text(pen, 0, y, pen.width, "Figures by region", "Bold 14", kText);
    y += 3.0;
    char line[160];
    std::snprintf(line, sizeof line, "%.0f s sampled at %.0f Hz; total impulse %.1f N\u00b7s. PPT: pressure-pain threshold.",
                  d.report.durationS, d.report.sampleHz, d.report.totalImpulseNs);
    // No warnings is one sentence here; warnings get a block of their own after the table.
    const std::string calm = d.report.warnings.empty()
                                 ? " No warnings: pressure stayed within the safe limits everywhere at this level."
                                 : "";
    y += text(pen, 0, y, pen.width, line + calm, "9", kMuted);
    y += 8.0;
    const double regionW = pen.width * 0.3;
    const double cellW = (pen.width - regionW) / static_cast<double>(kReportColumns.size());
    const double pad = 2.0;
    const double cellTextW = cellW - 4 * pad;  // a header wider than this wraps rather than touching the next
    Pen measure = pen;
    measure.draw = false;
    auto row = [&](const std::string& region, const std::vector<std::string>& cells, const char* style, bool shaded) {
        double h = text(measure, 0, 0, regionW - pad, region, style, kText);
        for (const std::string& cell : cells) h = std::max(h, text(measure, 0, 0, cellTextW, cell, style, kText));
        h += 2 * pad;
        if (pen.draw && shaded) {
            cairo_rectangle(pen.cr, pen.x, pen.y + y, pen.width, h);
            setInk(pen.cr, kRowGround);
            cairo_fill(pen.cr);
        }
        text(pen, pad, y + pad, regionW - pad, region, style, kText);
        for (std::size_t i = 0; i < cells.size(); ++i)
            text(pen, regionW + cellW * static_cast<double>(i + 1) - pad - cellTextW, y + pad, cellTextW, cells[i], style,
                 kText, 0.0, PANGO_ALIGN_RIGHT);
        y += h;
    };
    std::vector<std::string> headers;
    for (const ReportColumn& c : kReportColumns) headers.emplace_back(c.header);
    row(kRegionColumnHeader, headers, "Bold 9", false);
    if (pen.draw) {
        cairo_move_to(pen.cr, pen.x, pen.y + y);
        cairo_line_to(pen.cr, pen.x + pen.width, pen.y + y);
        setInk(pen.cr, kMuted);
        cairo_set_line_width(pen.cr, 0.6);
        cairo_stroke(pen.cr);
    }
    int i = 0;
    for (const RegionFigures* f : reportRows(d.report)) {
        std::vector<std::string> cells;
        for (const ReportColumn& c : kReportColumns) cells.push_back(formatReportCell(c, *f));
        row(regionName(f->region), cells, "9", i++ % 2 == 1);
    }
    return y;
}

double warningsBlock(const Pen& pen, const HandoutDocument& d) {
    double y = 0.0;
    const std::vector<SafetyWarning>& warnings = d.report.warnings;
    y += text(pen, 0, y, pen.width, "Warnings (" + std::to_string(warnings.size()) + ")", "Bold 11", kText);
    y += 3.0;
    for (const SafetyWarning& w : warnings)  // the plain words first, then the figures
        y += text(pen, 0, y, pen.width, std::string("\u2022 ") + w.plainAdvice() + ". " + w.message(), "9", kText) + 2.0;
    return y;
}

void footer(cairo_t* cr, const PaperRow& paper, const std::string& title, int page, int pages) {
    const double y = paper.heightPt - kMarginPt + kFooterPt / 2;
    cairo_move_to(cr, kMarginPt, y - 6.0);
    cairo_line_to(cr, paper.widthPt - kMarginPt, y - 6.0);
    setInk(cr, kRule);
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
    const double width = paper.widthPt - 2 * kMarginPt;
    LayoutPtr left = paragraph(cr, title + " \u00b7 Backrub handout", "8", width);
    show(cr, left.get(), kMarginPt, y, kMuted);
    LayoutPtr right = paragraph(cr, "Page " + std::to_string(page) + " of " + std::to_string(pages), "8", width,
                                0.0, PANGO_ALIGN_RIGHT);
    show(cr, right.get(), kMarginPt, y, kMuted);
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

bool drawHandoutPdf(const HandoutDocument& d, Paper paper, HandoutPdf& out, std::string& error) {
    const PaperRow& size = paperRow(paper);
    out = HandoutPdf{};
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &out.bytes, size.widthPt, size.heightPt);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, d.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Backrub " BACKRUB_VERSION);
    cairo_t* cr = cairo_create(surface);

    const double contentW = size.widthPt - 2 * kMarginPt;
    const double contentH = size.heightPt - 2 * kMarginPt - kFooterPt;
    // Every block once: measured for the page flow, then drawn where the flow puts it.
    struct Block {
        std::function<double(const Pen&)> draw;  // returns its height
        bool newPage = false;
    };
    std::vector<Block> blocks;
    blocks.push_back({[&d](const Pen& p) { return titleBlock(p, d); }});
    for (const HandoutStep& s : d.steps) blocks.push_back({[&s](const Pen& p) { return stepBlock(p, s); }});
    blocks.push_back({[&d](const Pen& p) { return doseBlock(p, d); }, true});  // the closing figures begin a page
    blocks.push_back({[&d](const Pen& p) { return tableBlock(p, d); }});
    if (!d.report.warnings.empty()) blocks.push_back({[&d](const Pen& p) { return warningsBlock(p, d); }});

    std::vector<HandoutBlock> measured;
    for (const Block& b : blocks) measured.push_back({b.draw(Pen{cr, false, kMarginPt, kMarginPt, contentW, contentH}), b.newPage});
    const HandoutFlow flow = flowHandout(measured, contentH, kBlockGapPt);

    int page = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const BlockPlace& place = flow.places[i];
        while (page < place.page) {
            footer(cr, size, d.title, page + 1, flow.pageCount);
            cairo_show_page(cr);
            ++page;
        }
        const double top = kMarginPt + place.topPt;
        if (place.topPt > 0.0 && i >= 1 && i <= d.steps.size()) {  // a rule between step blocks on a page
            cairo_move_to(cr, kMarginPt, top - kBlockGapPt / 2);
            cairo_line_to(cr, kMarginPt + contentW, top - kBlockGapPt / 2);
            setInk(cr, kRule);
            cairo_set_line_width(cr, 0.5);
            cairo_stroke(cr);
        }
        blocks[i].draw(Pen{cr, true, kMarginPt, top, contentW, contentH});
    }
    footer(cr, size, d.title, page + 1, flow.pageCount);
    cairo_show_page(cr);

    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        error = std::string("cannot draw the PDF: ") + cairo_status_to_string(status);
        return false;
    }
    out.pageCount = flow.pageCount;
    return true;
}

}  // namespace backrub::app
