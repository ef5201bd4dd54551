#version 330 core
// Fast approximate anti-aliasing of the rendered scene (the viewer's smoothing):
// where the luma contrast around a pixel shows an edge, blend along the edge's
// direction. One pass of texture reads, instead of rasterizing every triangle at
// four samples, which a software rasterizer pays for in full.
in vec2 v_uv;

uniform sampler2D u_scene;
uniform vec2 u_texel;  // 1 / scene size in pixels

out vec4 o_color;

const float kMinContrast = 1.0 / 24.0;     // darker edges than this are left alone
const float kRelativeContrast = 1.0 / 8.0;  // of the local maximum luma
const float kMaxSpan = 8.0;                 // pixels

float luma(vec3 srgb) { return dot(srgb, vec3(0.299, 0.587, 0.114)); }

float lumaAt(ivec2 p) {
    ivec2 size = textureSize(u_scene, 0);
    return luma(texelFetch(u_scene, clamp(p, ivec2(0), size - 1), 0).rgb);
}

void main() {
    ivec2 p = ivec2(gl_FragCoord.xy);
    vec3 centre = texelFetch(u_scene, p, 0).rgb;
    float m = luma(centre);
    float n = lumaAt(p + ivec2(0, 1));
    float s = lumaAt(p + ivec2(0, -1));
    float e = lumaAt(p + ivec2(1, 0));
    float w = lumaAt(p + ivec2(-1, 0));
    float lo = min(m, min(min(n, s), min(e, w)));
    float hi = max(m, max(max(n, s), max(e, w)));
    // No edge: keep the copied pixel. (Discarding, unlike returning early, lets a
    // software rasterizer skip the rest of the shader for whole blocks of pixels.)
    if (hi - lo < max(kMinContrast, hi * kRelativeContrast)) discard;
    lo = min(lo, 1.0);
    float nw = lumaAt(p + ivec2(-1, 1));
    float ne = lumaAt(p + ivec2(1, 1));
    float sw = lumaAt(p + ivec2(-1, -1));
    float se = lumaAt(p + ivec2(1, -1));
    // Gradient across the edge, turned 90 degrees: the direction along it.
    vec2 dir = vec2(-((nw + ne) - (sw + se)), (nw + sw) - (ne + se));
    float damp = max((nw + ne + sw + se) * (0.25 / 8.0), 1.0 / 128.0);
    float scale = 1.0 / (min(abs(dir.x), abs(dir.y)) + damp);
    dir = clamp(dir * scale, vec2(-kMaxSpan), vec2(kMaxSpan)) * u_texel;

    vec2 uv = (vec2(p) + 0.5) * u_texel;
    vec3 inner = 0.5 * (texture(u_scene, uv - dir / 6.0).rgb + texture(u_scene, uv + dir / 6.0).rgb);
    vec3 outer = 0.5 * inner + 0.25 * (texture(u_scene, uv - dir * 0.5).rgb + texture(u_scene, uv + dir * 0.5).rgb);
    // The wide blend can reach across a second edge; fall back to the narrow one then.
    float l = luma(outer);
    o_color = vec4((l < lo || l > hi) ? inner : outer, 1.0);
}
