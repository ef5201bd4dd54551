#pragma once
// The validator's rules beyond what loading needs: every rule of the glTF 2.0
// specification on the parts of a file the pre-validation lets through, including
// parts Backrub ignores (animations, cameras, morph targets), so that a file the
// specification calls invalid is never called valid. They run on a document that
// passed the pre-validation (GltfPrecheck.h) and loaded into tinygltf, so every
// reference index and accessor bound is already known to be good.
// Errors go to the Checker's problems, "ignored" notes to `Checker::warning`.
// Internal to the glTF loader.
#include "core/gltf/detail/GltfAccessors.h"
#include "core/gltf/detail/GltfChecker.h"

#include <functional>
#include <map>
#include <string_view>

namespace tinygltf {
class Model;
}

namespace backrub::gltf {

// Accessor data read once per validation.
class AccessorData {
public:
    explicit AccessorData(const tinygltf::Model& model) : model_(model) {}
    // The accessor's values (normalized integers mapped to [0,1] / [-1,1] unless `raw`),
    // nullptr when its layout is not decoded here (MAT2, MAT3); the caller skips the check then.
    const AccessorFloats* get(int accessor, bool raw = false);
    const tinygltf::Model& model() const { return model_; }

private:
    const tinygltf::Model& model_;
    std::map<std::pair<int, bool>, AccessorFloats> cache_;
    std::map<std::pair<int, bool>, bool> failed_;
};

// Calls `visit(value, pointer, key)` for every value of the document outside
// `extras` (application data, not glTF), parents before children; `key` is the
// member name or "" for array elements. Iterative: the depth is capped on parsing anyway.
void forEachGltfValue(const Json& root,
                      const std::function<void(const Json&, const std::string&, const std::string&)>& visit);

// How far a rotation quaternion's length may be from 1 (nodes and animation outputs):
// float32 rounding of normalized values written with at least 6 digits (our figure).
constexpr double kUnitQuaternionTolerance = 5e-6;

// A number for messages, with float32 precision: "0.100000001", "2".
std::string numberText(double v);

// Calls `visit(primitive, pointer)` for every primitive of every mesh, the pointer
// "/meshes/M/primitives/P".
void forEachPrimitive(const Checker& c, const std::function<void(const Json&, const std::string&)>& visit);

// The document's element `i` of top-level array `name`.
const Json& element(const Checker& c, const char* name, std::size_t i);

// The checks, one file each (named after the check):
void checkNoByteOrderMark(std::string_view jsonText, const std::string& file, Problems& problems);  // GltfByteOrderMarkCheck.cpp
// Why a PNG or JPEG stream (signature already checked) is broken, "" when it is whole.
std::string imageStreamProblem(const unsigned char* bytes, std::size_t size);  // GltfImageStreamCheck.cpp
void checkEmptyEntities(Checker& c);                           // GltfEmptyEntityCheck.cpp
void checkPropertyTypes(Checker& c);                           // GltfPropertyTypeCheck.cpp
void checkExtensionDeclarations(Checker& c);                   // GltfExtensionCheck.cpp
void checkBufferViewUse(Checker& c);                           // GltfBufferViewCheck.cpp
void checkAccessorUsage(Checker& c);                           // GltfAccessorUsageCheck.cpp
void checkAccessorBounds(Checker& c, AccessorData& data);      // GltfAccessorBoundsCheck.cpp
void checkIndexValues(Checker& c, AccessorData& data);         // GltfIndexCheck.cpp
void checkNodeTransforms(Checker& c);                          // GltfNodeTransformCheck.cpp
void checkSkins(Checker& c, AccessorData& data);               // GltfSkinCheck.cpp
void checkMorphTargets(Checker& c);                            // GltfMorphTargetCheck.cpp
void checkAnimations(Checker& c, AccessorData& data);          // GltfAnimationCheck.cpp
void checkCameras(Checker& c);                                 // GltfCameraCheck.cpp
void checkSamplers(Checker& c);                                // GltfSamplerCheck.cpp
void checkTexCoords(Checker& c);                               // GltfTexCoordCheck.cpp
void checkVertexVectors(Checker& c, AccessorData& data);       // GltfVertexVectorCheck.cpp
void checkVertexAttributes(Checker& c, AccessorData& data);    // GltfVertexAttributeCheck.cpp
void checkFloatValues(Checker& c, AccessorData& data);         // GltfFloatValueCheck.cpp

// All of the above but the byte order mark, in order (GltfStrictChecks.cpp).
void runStrictChecks(Checker& c, const tinygltf::Model& model);
// checkSkins alone: the loader's check of the skins it reads (GltfStrictChecks.cpp).
void runSkinChecks(Checker& c, const tinygltf::Model& model);

}  // namespace backrub::gltf
