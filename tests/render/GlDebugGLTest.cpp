#include "gfx/GlDebug.h"
#include "render/GLTestContext.h"

#include <catch2/catch.hpp>
#include "gfx/Gl.h"

using namespace backrub;

TEST_CASE("The KHR_debug callback records GL errors so tests can fail on them", "[render][gldebug]") {
    test::requireGlContext();
    REQUIRE(GLAD_GL_KHR_debug);
    REQUIRE(gfx::glDebugErrors().empty());
    glBindBuffer(0x1234, 0);  // invalid target: GL_INVALID_ENUM
    gfx::checkGlError("deliberate error");
    REQUIRE_FALSE(gfx::glDebugErrors().empty());
    CHECK_THAT(gfx::glDebugErrors().front(), Catch::Contains("GL"));
    gfx::clearGlDebugErrors();
    test::requireNoGlErrors();
}

TEST_CASE("The context is OpenGL 3.3 core or newer", "[render][gldebug]") {
    test::requireGlContext();
    GLint major = 0, minor = 0, profile = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    glGetIntegerv(GL_CONTEXT_PROFILE_MASK, &profile);
    CHECK(major * 10 + minor >= 33);
    CHECK((profile & GL_CONTEXT_CORE_PROFILE_BIT) != 0);
    test::requireNoGlErrors();
}
