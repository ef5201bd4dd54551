#pragma once
// Generated body scenes shared by the [body] tests: generating once per size keeps
// the suite fast, in sanitizer builds too.
#include "core/bodygen/BodyModel.h"
#include "core/base/SceneData.h"

namespace backrub::test {

inline const SceneData& bodyScene(BodySize size) {
    static const SceneData female = generateBodyScene(BodySize::Female);
    static const SceneData male = generateBodyScene(BodySize::Male);
    return size == BodySize::Female ? female : male;
}

}  // namespace backrub::test
