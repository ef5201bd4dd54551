// Cameras (glTF 2.0 specification, "Cameras"): `type` is perspective or orthographic and the
// object of that name, only that one, is present. Perspective: yfov > 0, znear > 0,
// zfar (optional) > znear, aspectRatio (optional) > 0. Orthographic: xmag and ymag
// not zero (negative is allowed but discouraged), znear >= 0, zfar > 0 and > znear.
// Backrub has its own camera: cameras are reported as ignored.
#include "core/gltf/detail/GltfStrictChecks.h"

#include <cmath>

namespace backrub::gltf {
namespace {

// A number member, nullopt when absent; the pre-validation checked the required
// members are there and are finite numbers (GltfPrecheckNodes.cpp).
std::optional<double> numberMember(const Checker& c, const Json& obj, const char* key) {
    const Json* v = c.member(obj, key);
    if (!v || !v->is_number() || !std::isfinite(v->get<double>())) return std::nullopt;
    return v->get<double>();
}

void expectPositive(Checker& c, std::optional<double> v, const std::string& ptr, const char* key) {
    if (v && !(*v > 0)) c.problem(ptr + "/" + key, std::string(key) + " is " + numberText(*v) + ", expected more than 0");
}

void checkFar(Checker& c, std::optional<double> znear, std::optional<double> zfar, const std::string& ptr) {
    if (znear && zfar && !(*zfar > *znear))
        c.problem(ptr + "/zfar", "zfar " + numberText(*zfar) + " is not greater than znear " + numberText(*znear));
}

void checkPerspective(Checker& c, const Json& p, const std::string& ptr) {
    expectPositive(c, numberMember(c, p, "yfov"), ptr, "yfov");
    expectPositive(c, numberMember(c, p, "aspectRatio"), ptr, "aspectRatio");
    const std::optional<double> znear = numberMember(c, p, "znear");
    const std::optional<double> zfar = numberMember(c, p, "zfar");
    expectPositive(c, znear, ptr, "znear");
    expectPositive(c, zfar, ptr, "zfar");
    checkFar(c, znear, zfar, ptr);
}

void checkOrthographic(Checker& c, const Json& o, const std::string& ptr) {
    for (const char* key : {"xmag", "ymag"}) {
        const std::optional<double> mag = numberMember(c, o, key);
        if (mag && *mag == 0) c.problem(ptr + "/" + key, std::string(key) + " is 0; it must not be zero");
        if (mag && *mag < 0) c.warning(ptr + "/" + key, std::string(key) + " is negative, which flips the image");
    }
    const std::optional<double> znear = numberMember(c, o, "znear");
    const std::optional<double> zfar = numberMember(c, o, "zfar");
    if (znear && *znear < 0) c.problem(ptr + "/znear", "znear is " + numberText(*znear) + ", expected 0 or more");
    expectPositive(c, zfar, ptr, "zfar");
    checkFar(c, znear, zfar, ptr);
}

}  // namespace

void checkCameras(Checker& c) {
    for (std::size_t i = 0; i < c.count("cameras"); ++i) {
        const Json& camera = element(c, "cameras", i);
        const std::string ptr = "/cameras/" + std::to_string(i);
        const std::string type = camera.at("type").get<std::string>();
        if (type != "perspective" && type != "orthographic") {  // tinygltf loads it as neither
            c.problem(ptr + "/type", "type \"" + type + "\" is not perspective or orthographic");
            continue;
        }
        const char* other = type == "perspective" ? "orthographic" : "perspective";
        if (c.member(camera, other))
            c.problem(ptr + "/" + other, "a " + type + " camera has no " + other + " object");
        if (const Json* projection = c.member(camera, type.c_str())) {
            if (type == "perspective")
                checkPerspective(c, *projection, ptr + "/perspective");
            else
                checkOrthographic(c, *projection, ptr + "/orthographic");
        }
    }
    if (c.count("cameras") > 0) c.warning("/cameras", "cameras are ignored: Backrub has its own camera");
}

}  // namespace backrub::gltf
