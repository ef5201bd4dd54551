#include "core/base/Image.h"

#include <catch2/catch.hpp>

using namespace backrub;

namespace {
Image solid(int w, int h, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
    Image img;
    img.width = w;
    img.height = h;
    img.rgba.resize(static_cast<std::size_t>(w) * h * 4);
    for (std::size_t i = 0; i < img.rgba.size(); i += 4) {
        img.rgba[i] = r;
        img.rgba[i + 1] = g;
        img.rgba[i + 2] = b;
        img.rgba[i + 3] = 255;
    }
    return img;
}
}  // namespace

TEST_CASE("PNG write and read round-trip exactly", "[image]") {
    Image img = solid(7, 5, 10, 20, 30);
    img.rgba[4 * 8] = 200;  // one odd pixel
    const std::string path = std::string(BACKRUB_TEST_OUTPUT_DIR) + "/roundtrip.png";
    std::string error;
    REQUIRE(writePng(path, img, error));
    Image back;
    REQUIRE(readPng(path, back, error));
    CHECK(back.width == 7);
    CHECK(back.height == 5);
    CHECK(back.rgba == img.rgba);
}

TEST_CASE("Reading a missing or non-PNG file gives a message naming it", "[image]") {
    Image img;
    std::string error;
    CHECK_FALSE(readPng("/nonexistent/x.png", img, error));
    CHECK_THAT(error, Catch::StartsWith("/nonexistent/x.png: cannot read PNG"));
    CHECK_FALSE(writePng("/nonexistent/dir/x.png", solid(2, 2, 0, 0, 0), error));
    CHECK_THAT(error, Catch::Contains("cannot write PNG"));
}

TEST_CASE("Image comparison counts pixels over the tolerance", "[image]") {
    Image a = solid(10, 10, 100, 100, 100);
    Image b = a;
    CHECK(compareImages(a, b, 0).fractionOverTolerance == 0.0);
    b.rgba[0] = 105;        // within tolerance 8
    b.rgba[4 * 3 + 2] = 120;  // over
    ImageDifference d = compareImages(a, b, 8);
    CHECK(d.sameSize);
    CHECK(d.maxChannelDelta == 20);
    CHECK(d.fractionOverTolerance == Approx(0.01));
    CHECK(d.diff.rgba[4 * 3] == 255);  // marked red
    CHECK_FALSE(compareImages(a, solid(10, 9, 0, 0, 0), 8).sameSize);
}

TEST_CASE("Cropping keeps a rectangle's pixels, clamped to the image", "[image]") {
    Image img = solid(6, 4, 0, 0, 0);
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 6; ++x) img.rgba[(y * 6 + x) * 4] = static_cast<std::uint8_t>(10 * y + x);
    const Image c = cropImage(img, 1, 2, 3, 2);
    REQUIRE(c.width == 3);
    REQUIRE(c.height == 2);
    CHECK(c.rgba[0] == 21);           // top-left: row 2, column 1
    CHECK(c.rgba[(1 * 3 + 2) * 4] == 33);  // bottom-right: row 3, column 3
    const Image clamped = cropImage(img, 4, -1, 10, 10);
    CHECK(clamped.width == 2);
    CHECK(clamped.height == 4);
    CHECK(clamped.rgba[0] == 4);
    CHECK(cropImage(img, 6, 0, 2, 2).empty());
    CHECK(cropImage(img, 0, 0, 0, 2).empty());
}

TEST_CASE("Side by side: the left image, then the right, top-aligned", "[image]") {
    auto filled = [](int w, int h, std::uint8_t v) {
        Image i;
        i.width = w;
        i.height = h;
        i.rgba.assign(static_cast<std::size_t>(w) * h * 4, v);
        return i;
    };
    const Image both = sideBySide(filled(2, 3, 10), filled(3, 2, 200));
    REQUIRE(both.width == 5);
    REQUIRE(both.height == 3);
    auto at = [&](int x, int y) { return both.rgba[(static_cast<std::size_t>(y) * both.width + x) * 4]; };
    CHECK(at(0, 0) == 10);
    CHECK(at(1, 2) == 10);
    CHECK(at(2, 0) == 200);
    CHECK(at(4, 1) == 200);
    CHECK(at(4, 2) == 0);  // below the shorter right image
    CHECK(sideBySide(Image{}, filled(1, 1, 1)).empty());
}
