#pragma once
// A linked GLSL program built from embedded shader files. Subclasses cache
// uniform locations once and offer typed setters, so draw code never looks up
// uniforms by string.
#include <glm/glm.hpp>

#include <string>

namespace backrub::gfx {

class ShaderProgram {
public:
    ShaderProgram() = default;
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    // Compiles and links shaders/<vertexName> and shaders/<fragmentName> from the
    // embedded assets. On failure returns false and sets error() to the file and
    // the compiler log; the program stays unusable but harmless.
    // `defines` ("#define NAME\n" lines) are inserted into the fragment shader after its #version.
    bool build(const std::string& vertexName, const std::string& fragmentName, const std::string& defines = "");
    const std::string& error() const { return error_; }
    bool valid() const { return program_ != 0; }
    void use() const;

protected:
    int location(const char* uniform) const;  // -1 when unused by the program
    static void set(int loc, float v);
    static void set(int loc, const glm::vec2& v);
    static void set(int loc, const glm::vec3& v);
    static void set(int loc, const glm::vec4& v);
    static void set(int loc, const glm::mat3& m);
    static void set(int loc, const glm::mat4& m);

private:
    unsigned program_ = 0;
    std::string error_;
};

}  // namespace backrub::gfx
