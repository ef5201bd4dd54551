// `backrub model --out F.glb [--body female|male] [--pose NAME]`: writes the built-in model,
// rigged; with --pose, posed (skin, bones and landmarks; the skin stays bound).
#include "app/Commands.h"
#include "core/base/SafeWrite.h"
#include "core/bodygen/BodyModel.h"
#include "core/gltf/GlbWriter.h"
#include "core/pose/ScenePoser.h"

#include <cstdio>

namespace backrub::app {

int runModel(const CommandLine& cl) {
    const BodySize size = parseBodySize(cl.body).value_or(BodySize::Female);
    SceneData scene = generateBodyScene(size);
    // Posed: a plain posed body, its meshes already where the pose puts them.
    if (cl.pose) scene = bakePose(scene, namedPose(*cl.pose));
    unbindNestedMeshes(scene);
    const std::vector<std::uint8_t> bytes = writeGlb(scene);
    std::string error;
    if (!writeFileAtomically(cl.out, std::string(bytes.begin(), bytes.end()), error, MissingFolder::Fail)) {
        std::fprintf(stderr, "backrub: cannot write the model: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%s body%s%s, %zu bytes)\n", cl.out.c_str(), bodySizeName(size), cl.pose ? ", " : "",
                cl.pose ? poseId(*cl.pose) : "", bytes.size());
    return 0;
}

}  // namespace backrub::app
