#pragma once
// RGBA8 images: PNG files in and out, and the comparison used by golden-image tests.
#include <cstdint>
#include <string>
#include <vector>

namespace backrub {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // row-major, top row first, 4 bytes a pixel

    bool empty() const { return width <= 0 || height <= 0; }
};

// Writes a PNG; on failure returns false and sets `error` to a message naming the path.
bool writePng(const std::string& path, const Image& image, std::string& error);
// Reads a PNG (any channel count, converted to RGBA8); false with a message on failure.
bool readPng(const std::string& path, Image& image, std::string& error);

// The pixels of a rectangle (top row first, like the image), clamped to the image.
Image cropImage(const Image& image, int x, int y, int width, int height);

// `left` and `right` in one image, left beside right, top-aligned; rows below the shorter one
// are transparent black. Empty when either is not a whole image.
Image sideBySide(const Image& left, const Image& right);

// Reverses the row order (GL reads bottom row first) and makes every pixel opaque.
void flipRows(Image& image);

struct ImageDifference {
    bool sameSize = false;
    int maxChannelDelta = 0;       // largest |a - b| over all RGB channels, 0..255
    double fractionOverTolerance = 0.0;  // share of pixels with a channel delta above the tolerance
    Image diff;                    // visualisation: grey copy of a, red where over tolerance
};

// Compares RGB channels (alpha ignored). `channelTolerance` is per channel, 0..255.
ImageDifference compareImages(const Image& a, const Image& b, int channelTolerance);

}  // namespace backrub
