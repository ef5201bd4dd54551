// Studio lighting: a warm key light, a cool fill, a rim light from behind,
// and a sky/ground ambient term. Colours are linear; output is sRGB-encoded.
// Built with MATTE defined (the massage table): opaque, no highlight and no rim, the
// cheapest path for a large surface on a software rasterizer.
in vec3 v_worldPosition;
in vec3 v_worldNormal;
in vec4 v_overlay;

uniform vec4 u_baseColor;      // linear RGB, alpha = layer opacity
uniform float u_roughness;     // 0 glossy .. 1 matte
uniform vec3 u_cameraPosition;
uniform vec3 u_keyDirection;   // direction the light travels, world space, unit
uniform vec3 u_fillDirection;
uniform vec3 u_rimDirection;
uniform vec3 u_upAxis;         // world "sky" direction for the ambient term
uniform float u_subsurface;    // 0..1 soft wrap lighting for skin

// 0: the overlay tints the albedo (heat map, alpha = blend weight). 1: overlay alpha
// multiplies opacity instead (hands fading over pressed spots, core/ContactWindow.h).
uniform float u_overlayOpacity;

out vec4 o_color;

float wrapDiffuse(vec3 n, vec3 l, float wrap) {
    return max((dot(n, l) + wrap) / (1.0 + wrap), 0.0);
}

// The sRGB curve from square roots (within 0.5 % of it above 0.001): a software
// rasterizer pays for pow() per channel and per pixel, for sqrt() much less.
vec3 toSrgb(vec3 c) {
    vec3 s1 = sqrt(clamp(c, 0.0, 1.0));
    vec3 s2 = sqrt(s1);
    vec3 s3 = sqrt(s2);
    return clamp(0.585122381 * s1 + 0.783140355 * s2 - 0.368262736 * s3, 0.0, 1.0);
}

void main() {
    vec3 n = normalize(v_worldNormal);
    if (!gl_FrontFacing) n = -n;  // double-sided surfaces light from the side we see

    // Blend the heat overlay into the albedo so shading stays visible on top of it.
    float overlayWeight = clamp(v_overlay.a, 0.0, 1.0);
    vec3 albedo = mix(u_baseColor.rgb, v_overlay.rgb, overlayWeight * (1.0 - u_overlayOpacity));

    float wrap = 0.2 * u_subsurface;
    vec3 key = vec3(1.00, 0.96, 0.90) * 1.55 * wrapDiffuse(n, -u_keyDirection, wrap);
    vec3 fill = vec3(0.75, 0.82, 1.00) * 0.30 * wrapDiffuse(n, -u_fillDirection, 0.5);
    float hemi = 0.5 + 0.5 * dot(n, u_upAxis);
    vec3 ambient = mix(vec3(0.05, 0.045, 0.045), vec3(0.16, 0.17, 0.20), hemi);
#ifdef MATTE
    vec3 color = albedo * (key + fill + ambient);
    color = color / (1.0 + 0.25 * color);
    o_color = vec4(toSrgb(color), 1.0);
#else
    vec3 viewDir = normalize(u_cameraPosition - v_worldPosition);

    // Rim: light grazing the silhouette from behind.
    float grazing = 1.0 - max(dot(n, viewDir), 0.0);
    float rimFacing = grazing * grazing * grazing;
    vec3 rim = vec3(0.9, 0.95, 1.0) * 0.6 * rimFacing * max(dot(n, -u_rimDirection) + 0.3, 0.0);

    // Soft Blinn-Phong highlight from the key light.
    vec3 h = normalize(-u_keyDirection + viewDir);
    float shininess = mix(96.0, 6.0, u_roughness);
    float spec = pow(max(dot(n, h), 0.0), shininess) * (1.0 - u_roughness) * 0.35;

    vec3 color = albedo * (key + fill + ambient) + rim * mix(albedo, vec3(1.0), 0.5) + vec3(spec);
    // Gentle filmic shoulder so highlights do not clip.
    color = color / (1.0 + 0.25 * color);
    // See-through layers keep a visible outline: opacity rises toward the silhouette (Fresnel-like).
    float alpha = u_baseColor.a * mix(1.0, overlayWeight, u_overlayOpacity);
    // A per-vertex opacity below a window's floor (0.12, core/hands/ContactWindow.h) fades the
    // outline too: a forearm fading out toward the elbow leaves no rim behind.
    float rimOpacity = 0.85 * mix(1.0, clamp(overlayWeight / 0.12, 0.0, 1.0), u_overlayOpacity);
    if (alpha < 1.0) alpha = mix(alpha, rimOpacity, pow(1.0 - max(dot(n, viewDir), 0.0), 2.5));
    o_color = vec4(toSrgb(color), alpha);
#endif
}
