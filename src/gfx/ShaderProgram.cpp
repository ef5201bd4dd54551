#include "gfx/ShaderProgram.h"

#include "core/base/EmbeddedAssets.h"

#include "gfx/Gl.h"

#include <glm/gtc/type_ptr.hpp>

namespace backrub::gfx {
namespace {

GLuint compile(GLenum stage, const std::string& name, const std::string& defines, std::string& error) {
    const EmbeddedAsset* asset = findEmbeddedAsset("shaders/" + name);
    if (!asset) {
        error = "shaders/" + name + ": not embedded in this build";
        return 0;
    }
    // Defines go right after the #version line; #line keeps compiler messages on the file's own lines.
    const std::string source = asset->content;
    const std::size_t firstLineEnd = source.find('\n') + 1;
    const std::string text = source.substr(0, firstLineEnd) + defines + (defines.empty() ? "" : "#line 2\n") +
                             source.substr(firstLineEnd);
    const char* chars = text.c_str();
    GLuint shader = glCreateShader(stage);
    glShaderSource(shader, 1, &chars, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        error = "shaders/" + name + ": " + log;
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

}  // namespace

ShaderProgram::~ShaderProgram() {
    if (program_) glDeleteProgram(program_);
}

bool ShaderProgram::build(const std::string& vertexName, const std::string& fragmentName, const std::string& defines) {
    error_.clear();
    GLuint vs = compile(GL_VERTEX_SHADER, vertexName, "", error_);
    GLuint fs = vs ? compile(GL_FRAGMENT_SHADER, fragmentName, defines, error_) : 0;
    if (!vs || !fs) {
        if (vs) glDeleteShader(vs);
        return false;
    }
    GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetProgramInfoLog(program, sizeof log, nullptr, log);
        error_ = "shaders/" + vertexName + " + " + fragmentName + ": link failed: " + log;
        glDeleteProgram(program);
        return false;
    }
    if (program_) glDeleteProgram(program_);
    program_ = program;
    return true;
}

void ShaderProgram::use() const { glUseProgram(program_); }

int ShaderProgram::location(const char* uniform) const { return glGetUniformLocation(program_, uniform); }

void ShaderProgram::set(int loc, float v) { glUniform1f(loc, v); }
void ShaderProgram::set(int loc, const glm::vec2& v) { glUniform2fv(loc, 1, glm::value_ptr(v)); }
void ShaderProgram::set(int loc, const glm::vec3& v) { glUniform3fv(loc, 1, glm::value_ptr(v)); }
void ShaderProgram::set(int loc, const glm::vec4& v) { glUniform4fv(loc, 1, glm::value_ptr(v)); }
void ShaderProgram::set(int loc, const glm::mat3& m) { glUniformMatrix3fv(loc, 1, GL_FALSE, glm::value_ptr(m)); }
void ShaderProgram::set(int loc, const glm::mat4& m) { glUniformMatrix4fv(loc, 1, GL_FALSE, glm::value_ptr(m)); }

}  // namespace backrub::gfx
