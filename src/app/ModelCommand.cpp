// `backrub model --out F.glb [--body female|male]`: writes the built-in model.
#include "app/Commands.h"
#include "core/bodygen/BodyModel.h"
#include "core/gltf/GlbWriter.h"

#include <cstdio>
#include <fstream>

namespace backrub::app {

int runModel(const CommandLine& cl) {
    const BodySize size = parseBodySize(cl.body).value_or(BodySize::Female);
    const std::vector<std::uint8_t> bytes = writeGlb(generateBodyScene(size));
    std::ofstream out(cl.out, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        std::fprintf(stderr, "backrub: %s: cannot write the model (is the folder there and writable?)\n", cl.out.c_str());
        return 1;
    }
    std::printf("wrote %s (%s body, %zu bytes)\n", cl.out.c_str(), bodySizeName(size), bytes.size());
    return 0;
}

}  // namespace backrub::app
