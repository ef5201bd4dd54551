#include "ui/StatusLine.h"

#include <imgui.h>

namespace backrub::ui {

void drawStatusLine(const StatusInfo& info) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float height = ImGui::GetFrameHeightWithSpacing();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
    ImGui::SetNextWindowBgAlpha(0.6f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav;
    if (ImGui::Begin("##status", nullptr, flags)) {
        const float fps = info.frameMs > 0.0f ? 1000.0f / info.frameMs : 0.0f;
        ImGui::Text("%.2f ms (%.0f fps)  |  %s", info.frameMs, fps, info.model.c_str());
        if (!info.message.empty()) {
            ImGui::SameLine();
            ImGui::TextUnformatted(("  |  " + info.message).c_str());
        }
        ImGui::SameLine();
        ImGui::TextDisabled("  |  drag rotate, right-drag pan, wheel zoom | Space play, arrows steps, PgUp/PgDn technique, [ ] pressure, H heat, G guided, P present, F12 screenshot");
    }
    ImGui::End();
}

}  // namespace backrub::ui
