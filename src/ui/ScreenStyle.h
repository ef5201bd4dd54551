#pragma once
// The look of the lay path's full screens (the first-start chooser, the finish
// screen): a rounded card centred over the dimmed scene, friendly type, accent colours.
#include <imgui.h>

namespace backrub::ui {

struct Fonts {
    ImFont* heading = nullptr;  // about 34 px; nullptr: the default font, scaled
    ImFont* title = nullptr;    // about 22 px
};

// Accent colours of the lay path (teal, amber, rose), readable on dark and light themes.
ImU32 accentColor(int index, float alpha = 1.0f);

// Dims the scene and opens a centred card `width` pixels wide (its height fits the
// content). Always pair with endScreen().
void beginScreen(const char* id, float width);
void endScreen();

// Text in one of the fonts (scaled defaults when the font is missing), centred when asked.
void headingText(const Fonts& fonts, const char* text, bool centred);
void titleText(const Fonts& fonts, const char* text, ImU32 color);

// A style colour as it shows over the screen's background, made opaque (cards).
ImU32 opaqueOverWindow(ImGuiCol color);

// A wide rounded button in an accent colour; true when clicked.
bool accentButton(const char* label, int accent, ImVec2 size);

}  // namespace backrub::ui
