// The studio background as a grid of coloured vertices (ScenePresenter): the
// colours are computed once on the CPU, so each pixel only interpolates.
layout(location = 0) in vec2 a_position;  // clip space
layout(location = 1) in vec3 a_color;     // sRGB

out vec3 v_color;

void main() {
    v_color = a_color;
    gl_Position = vec4(a_position, 1.0, 1.0);
}
