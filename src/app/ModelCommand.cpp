// `backrub model --out F.glb [--body female|male]`: writes the built-in model.
#include "app/Commands.h"
#include "core/base/SafeWrite.h"
#include "core/bodygen/BodyModel.h"
#include "core/gltf/GlbWriter.h"

#include <cstdio>

namespace backrub::app {

int runModel(const CommandLine& cl) {
    const BodySize size = parseBodySize(cl.body).value_or(BodySize::Female);
    const std::vector<std::uint8_t> bytes = writeGlb(generateBodyScene(size));
    std::string error;
    if (!writeFileAtomically(cl.out, std::string(bytes.begin(), bytes.end()), error, MissingFolder::Fail)) {
        std::fprintf(stderr, "backrub: cannot write the model: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%s body, %zu bytes)\n", cl.out.c_str(), bodySizeName(size), bytes.size());
    return 0;
}

}  // namespace backrub::app
