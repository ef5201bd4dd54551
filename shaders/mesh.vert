// Lit mesh: skin, muscles, bones, hands. Positions in model space (metres).
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec4 a_overlay;  // per-vertex overlay colour (heat map); alpha = blend weight

uniform mat4 u_model;
uniform mat3 u_normalMatrix;
uniform mat4 u_viewProjection;

out vec3 v_worldPosition;
out vec3 v_worldNormal;
out vec4 v_overlay;

void main() {
    vec4 world = u_model * vec4(a_position, 1.0);
    v_worldPosition = world.xyz;
    v_worldNormal = u_normalMatrix * a_normal;
    v_overlay = a_overlay;
    gl_Position = u_viewProjection * world;
}
