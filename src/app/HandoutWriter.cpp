#include "app/HandoutWriter.h"

#include "app/HandoutPdf.h"
#include "app/Snapshot.h"
#include "core/base/SafeWrite.h"
#include "core/session/CaptionText.h"
#include "core/session/ProjectedPath.h"
#include "core/session/StepMoment.h"
#include "core/technique/EverydayForce.h"
#include "gfx/GlDebug.h"
#include "gfx/StillCanvas.h"
#include "gfx/VisualizerRenderer.h"
#include "ui/FinishScreen.h"
#include "ui/StepPanel.h"

#include <algorithm>
#include <cmath>

namespace backrub::app {
namespace {

// Print resolution: about 200 dots per inch at the size the pictures are printed.
constexpr double kPicturePixelsPerPt = 200.0 / 72.0;
constexpr double kPathSampleS = 0.05;
// The viewer's framing leaves room for the arms and the table around the back; on paper
// the back itself matters, so the camera comes two wheel steps closer (distance x 0.81).
constexpr float kCloserSteps = 2.0f;  // the viewer's trail sampling: circles stay round

int pixels(double pt) { return static_cast<int>(std::lround(pt * kPicturePixelsPerPt)); }

// "56 s", "3 min 20 s"
std::string lengthText(double seconds) {
    const long s = std::lround(std::max(0.0, seconds));
    if (s < 60) return std::to_string(s) + " s";
    return std::to_string(s / 60) + " min" + (s % 60 ? " " + std::to_string(s % 60) + " s" : std::string());
}

std::string spanText(double fromS, double toS) {
    return clockText(fromS) + " to " + clockText(toS) + " (" + lengthText(toS - fromS) + ")";
}

std::string factsLine(const Technique& t, PressureLevel level) {
    return t.id + "  \u00b7  " + techniqueLevelId(t.level) + "  \u00b7  " + lengthText(t.durationS()) + "  \u00b7  " +
           std::to_string(t.steps.size()) + (t.steps.size() == 1 ? " step" : " steps") + "  \u00b7  " +
           enumLabel(kPressureLevels, level) + " pressure";
}

std::vector<std::string> forceLines(const Step& step, PressureLevel level) {
    std::vector<std::string> lines;
    for (const ui::StepForce& f : ui::stepForces(step, level))
        lines.push_back(std::string("How hard (") + pressureLevelId(level) + "): " + ui::forceInWords(f) +
                        ". Try it first: " + kitchenScaleTip(f.forceN, f.contact) + ".");
    return lines;
}

// One offscreen picture of the session at its current time, with `paths` drawn over it.
struct PictureMaker {
    gfx::VisualizerRenderer renderer;
    const Visualization* vis = nullptr;

    bool picture(gfx::StillCanvas& canvas, const ViewSettings& settings, const TechniqueSession& session,
                 HandoutPicture& out, double pathFromS, double pathToS) {
        const int w = canvas.width(), h = canvas.height();
        // From above onto a back that faces up; from the side onto a receiver lying on the back,
        // whose legs would hide the hands from above.
        const PosedBody* posed = renderer.poseFor(&session);
        const bool onBack = posed && !posed->atRest() && posed->pose().restOnTable;
        OrbitCamera camera = framedShownCamera(renderer, vis->scene, &*vis->body, &session,
                                               onBack ? ViewPreset::Left : ViewPreset::Back, float(w) / float(h));
        camera.zoom(kCloserSteps);
        canvas.bind();
        renderer.render(camera, w, h, settings, &session);
        out.image = canvas.image(settings.theme);
        if (pathToS > pathFromS) {
            const glm::mat4 viewProjection = camera.projection(float(w) / float(h)) * camera.view();
            auto trails = session.trails(pathFromS, pathToS, kPathSampleS);
            if (const PosedBody* posed = renderer.posedBody())
                for (auto& trail : trails) posed->carry(trail);  // drawn on the body as the picture poses it
            for (std::size_t hand = 0; hand < 2; ++hand)
                out.pathPx[hand] = projectPath(trails[hand], viewProjection, camera.eye(), w, h);
        }
        return true;
    }
};

}  // namespace

bool gatherHandout(Visualization& vis, HandoutDocument& d, std::string& error) {
    if (!vis.session) {
        error = "no technique is playing, so there is nothing to print";
        return false;
    }
    TechniqueSession& session = *vis.session;
    const Technique& t = session.technique();
    const PressureLevel level = session.level();
    d = HandoutDocument{};
    d.title = t.title;
    d.facts = factsLine(t, level);
    d.summary = t.summary;
    d.position = std::string("the receiver lies ") + receiverPositionLabel(t.position) + ".";
    d.cautions = t.cautions;
    d.closingNote = std::string("Talk to the receiver throughout and adjust the pressure: a massage should never hurt. ") +
                    ui::kSeeTherapist;

    PictureMaker maker;
    maker.vis = &vis;
    gfx::StillCanvas stepCanvas, doseCanvas;
    ViewSettings settings;
    settings.theme = Theme::Light;  // paper: a pale ground, not the screen's dark one
    if (!maker.renderer.init(error) ||
        !stepCanvas.init(pixels(kStepPictureWidthPt), pixels(kStepPictureHeightPt), settings.msaaSamples, error) ||
        !doseCanvas.init(pixels(kDosePictureWidthPt), pixels(kDosePictureHeightPt), settings.msaaSamples, error))
        return false;
    maker.renderer.setScene(vis.scene);
    maker.renderer.setTable(vis.table ? &vis.table->mesh : nullptr);

    settings.heat = HeatMode::Live;
    const int count = static_cast<int>(t.steps.size());
    for (int i = 0; i < count; ++i) {
        HandoutStep step;
        const auto [startS, endS] = stepSpanS(session.engine(), i);
        step.heading = "Step " + std::to_string(i + 1) + " of " + std::to_string(count) + ": " + t.steps[i].title;
        step.timing = spanText(startS, endS);
        step.narration = ui::stepNarration(t, i);
        step.forces = forceLines(t.steps[i], level);
        session.update(stepPictureTimeS(session.engine(), level, i));  // forward in time: the dose carries on
        maker.picture(stepCanvas, settings, session, step.picture, startS, endS);
        d.steps.push_back(std::move(step));
    }

    settings.heat = HeatMode::Cumulative;
    settings.showHands = false;  // the dose alone: nothing covers it
    settings.showTrails = false;
    session.update(session.duration());
    maker.picture(doseCanvas, settings, session, d.dosePicture, 0.0, 0.0);
    d.doseLegend = maker.renderer.legend();
    d.report = vis.regionReport();
    if (!gfx::glDebugErrors().empty()) {
        error = std::to_string(gfx::glDebugErrors().size()) + " OpenGL error(s) while rendering the handout's pictures";
        return false;
    }
    return true;
}

bool writeHandout(Visualization& vis, Paper paper, const std::string& path, int& pages, std::string& error) {
    HandoutDocument document;
    if (!gatherHandout(vis, document, error)) return false;
    HandoutPdf pdf;
    if (!drawHandoutPdf(document, paper, pdf, error)) return false;
    if (!writeFileAtomically(path, pdf.bytes, error, MissingFolder::Fail)) {
        error = "cannot write the handout: " + error;
        return false;
    }
    pages = pdf.pageCount;
    return true;
}

}  // namespace backrub::app
