#version 330 core
// Soft vertical studio gradient with a slight vignette. Colours are sRGB.
in vec2 v_uv;

uniform vec3 u_topColor;
uniform vec3 u_bottomColor;

out vec4 o_color;

void main() {
    vec3 c = mix(u_bottomColor, u_topColor, smoothstep(0.0, 1.0, v_uv.y));
    vec2 d = v_uv - 0.5;
    c *= 1.0 - 0.35 * dot(d, d);
    o_color = vec4(c, 1.0);
}
