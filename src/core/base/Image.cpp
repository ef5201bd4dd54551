#include "core/base/Image.h"

#include "core/base/SafeWrite.h"

#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdlib>

namespace backrub {

bool writePng(const std::string& path, const Image& image, std::string& error) {
    if (image.empty() || image.rgba.size() != static_cast<std::size_t>(image.width) * image.height * 4) {
        error = path + ": cannot write an empty or inconsistent image";
        return false;
    }
    std::string bytes;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
    };
    if (!stbi_write_png_to_func(append, &bytes, image.width, image.height, 4, image.rgba.data(), image.width * 4)) {
        error = path + ": cannot write PNG: cannot encode the image";
        return false;
    }
    std::string why;  // names the file
    if (writeFileAtomically(path, bytes, why, MissingFolder::Fail)) return true;
    error = "cannot write PNG " + why;
    return false;
}

bool readPng(const std::string& path, Image& image, std::string& error) {
    int w = 0, h = 0, channels = 0;
    stbi_uc* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
    if (!data) {
        error = path + ": cannot read PNG: " + (stbi_failure_reason() ? stbi_failure_reason() : "unknown error");
        return false;
    }
    image.width = w;
    image.height = h;
    image.rgba.assign(data, data + static_cast<std::size_t>(w) * h * 4);
    stbi_image_free(data);
    return true;
}

Image sideBySide(const Image& left, const Image& right) {
    auto whole = [](const Image& i) { return !i.empty() && i.rgba.size() == static_cast<std::size_t>(i.width) * i.height * 4; };
    if (!whole(left) || !whole(right)) return Image{};
    Image out;
    out.width = left.width + right.width;
    out.height = std::max(left.height, right.height);
    out.rgba.assign(static_cast<std::size_t>(out.width) * out.height * 4, 0);
    for (int row = 0; row < out.height; ++row) {
        const auto at = out.rgba.begin() + static_cast<std::ptrdiff_t>(row) * out.width * 4;
        if (row < left.height)
            std::copy_n(left.rgba.begin() + static_cast<std::ptrdiff_t>(row) * left.width * 4, left.width * 4, at);
        if (row < right.height)
            std::copy_n(right.rgba.begin() + static_cast<std::ptrdiff_t>(row) * right.width * 4, right.width * 4, at + left.width * 4);
    }
    return out;
}

Image cropImage(const Image& image, int x, int y, int width, int height) {
    const int x0 = std::clamp(x, 0, std::max(image.width, 0)), y0 = std::clamp(y, 0, std::max(image.height, 0));
    const int x1 = std::clamp(x + std::max(width, 0), x0, std::max(image.width, 0));
    const int y1 = std::clamp(y + std::max(height, 0), y0, std::max(image.height, 0));
    Image out;
    out.width = x1 - x0;
    out.height = y1 - y0;
    if (out.empty() || image.rgba.size() != static_cast<std::size_t>(image.width) * image.height * 4) return Image{};
    out.rgba.reserve(static_cast<std::size_t>(out.width) * out.height * 4);
    for (int row = y0; row < y1; ++row) {
        const auto begin = image.rgba.begin() + (static_cast<std::ptrdiff_t>(row) * image.width + x0) * 4;
        out.rgba.insert(out.rgba.end(), begin, begin + static_cast<std::ptrdiff_t>(out.width) * 4);
    }
    return out;
}

void flipRows(Image& image) {
    const std::size_t row = static_cast<std::size_t>(image.width) * 4;
    std::vector<std::uint8_t> tmp(row);
    for (int y = 0; y < image.height / 2; ++y) {
        std::uint8_t* a = &image.rgba[y * row];
        std::uint8_t* b = &image.rgba[(image.height - 1 - y) * row];
        std::copy(a, a + row, tmp.data());
        std::copy(b, b + row, a);
        std::copy(tmp.data(), tmp.data() + row, b);
    }
    for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;
}

ImageDifference compareImages(const Image& a, const Image& b, int channelTolerance) {
    ImageDifference d;
    d.sameSize = a.width == b.width && a.height == b.height && !a.empty() &&
                 a.rgba.size() == b.rgba.size();
    if (!d.sameSize) return d;
    d.diff = a;
    std::size_t over = 0;
    const std::size_t pixels = static_cast<std::size_t>(a.width) * a.height;
    for (std::size_t i = 0; i < pixels; ++i) {
        int delta = 0;
        for (int c = 0; c < 3; ++c) delta = std::max(delta, std::abs(int(a.rgba[i * 4 + c]) - int(b.rgba[i * 4 + c])));
        d.maxChannelDelta = std::max(d.maxChannelDelta, delta);
        std::uint8_t* out = &d.diff.rgba[i * 4];
        const auto grey = static_cast<std::uint8_t>((out[0] + out[1] + out[2]) / 6);
        const bool bad = delta > channelTolerance;
        over += bad;
        out[0] = bad ? 255 : grey;
        out[1] = bad ? 0 : grey;
        out[2] = bad ? 0 : grey;
        out[3] = 255;
    }
    d.fractionOverTolerance = pixels ? double(over) / double(pixels) : 0.0;
    return d;
}

}  // namespace backrub
