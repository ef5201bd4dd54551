// Presents the rendered scene where it drew something: its colour (premultiplied
// by coverage, over a transparent background) is composited over the theme's
// studio gradient (as core's backgroundColor computes it) in the same pass that
// copies it to the window. With SMOOTH defined, edges are smoothed too (fast
// approximate anti-aliasing): where the luma contrast around a pixel shows an
// edge, it is blended along the edge's direction. That costs one pass of texture
// reads instead of rasterizing every triangle at four samples, which a software
// rasterizer pays for in full.
in vec2 v_uv;

uniform sampler2D u_scene;
uniform vec3 u_topColor;     // sRGB
uniform vec3 u_bottomColor;  // sRGB
uniform vec2 u_texel;        // 1 / scene size in pixels

out vec4 o_color;

// Soft vertical gradient with a slight vignette (core/ViewSettings backgroundColor).
vec3 background(vec2 uv) {
    vec3 c = mix(u_bottomColor, u_topColor, smoothstep(0.0, 1.0, uv.y));
    vec2 d = uv - 0.5;
    return c * (1.0 - 0.35 * dot(d, d));
}

vec3 over(vec4 scene, vec3 behind) { return scene.rgb + (1.0 - scene.a) * behind; }

#ifdef SMOOTH
const float kMinContrast = 1.0 / 24.0;      // darker edges than this are left alone
const float kRelativeContrast = 1.0 / 8.0;  // of the local maximum luma
const float kMaxSpan = 8.0;                 // pixels

float luma(vec3 srgb) { return dot(srgb, vec3(0.299, 0.587, 0.114)); }

// The gradient barely changes over a few pixels: neighbours use this pixel's background.
// The smoothed rectangle keeps one pixel away from the borders, so p is always inside.
vec3 composedAt(ivec2 p, vec3 behind) { return over(texelFetch(u_scene, p, 0), behind); }

vec3 composedAt(vec2 uv, vec3 behind) { return over(texture(u_scene, uv), behind); }

void main() {
    vec3 behind = background(v_uv);
    ivec2 p = ivec2(gl_FragCoord.xy);
    vec3 centre = composedAt(p, behind);
    float m = luma(centre);
    float n = luma(composedAt(p + ivec2(0, 1), behind));
    float s = luma(composedAt(p + ivec2(0, -1), behind));
    float e = luma(composedAt(p + ivec2(1, 0), behind));
    float w = luma(composedAt(p + ivec2(-1, 0), behind));
    float lo = min(m, min(min(n, s), min(e, w)));
    float hi = max(m, max(max(n, s), max(e, w)));
    if (hi - lo < max(kMinContrast, hi * kRelativeContrast)) {
        o_color = vec4(centre, 1.0);  // no edge
        return;
    }
    float nw = luma(composedAt(p + ivec2(-1, 1), behind));
    float ne = luma(composedAt(p + ivec2(1, 1), behind));
    float sw = luma(composedAt(p + ivec2(-1, -1), behind));
    float se = luma(composedAt(p + ivec2(1, -1), behind));
    // Gradient across the edge, turned 90 degrees: the direction along it.
    vec2 dir = vec2(-((nw + ne) - (sw + se)), (nw + sw) - (ne + se));
    float damp = max((nw + ne + sw + se) * (0.25 / 8.0), 1.0 / 128.0);
    float scale = 1.0 / (min(abs(dir.x), abs(dir.y)) + damp);
    dir = clamp(dir * scale, vec2(-kMaxSpan), vec2(kMaxSpan)) * u_texel;

    vec2 uv = (vec2(p) + 0.5) * u_texel;
    vec3 inner = 0.5 * (composedAt(uv - dir / 6.0, behind) + composedAt(uv + dir / 6.0, behind));
    vec3 outer = 0.5 * inner + 0.25 * (composedAt(uv - dir * 0.5, behind) + composedAt(uv + dir * 0.5, behind));
    // The wide blend can reach across a second edge; fall back to the narrow one then.
    float l = luma(outer);
    o_color = vec4((l < lo || l > hi) ? inner : outer, 1.0);
}
#else
void main() {
    o_color = vec4(over(texelFetch(u_scene, ivec2(gl_FragCoord.xy), 0), background(v_uv)), 1.0);
}
#endif
