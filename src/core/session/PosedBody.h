#pragma once
// The body as it is shown: posed (core/pose) while the simulation - contacts, pressure,
// dose, warnings - runs on the body at rest, so a pose change never changes a figure.
// What the simulation places on the rest skin (hands, trails, markers) is carried onto
// the posed skin by the skin's own deformation at that spot.
#include "core/body/Body.h"
#include "core/body/SkinQuery.h"
#include "core/pose/ScenePoser.h"
#include "core/session/TechniqueSession.h"

#include <glm/glm.hpp>

#include <memory>
#include <optional>

namespace backrub {

class PosedBody {
public:
    // `rest` and `body` (read from `rest`) must outlive this object.
    PosedBody(const SceneData& rest, const Body& body);

    // Whether the scene can be posed: its skin is bound to a skeleton with a pelvis.
    bool canPose() const { return canPose_; }
    // Poses the scene and the body; false when nothing changed (the same pose again, or a
    // scene that cannot be posed).
    bool setPose(const BodyPose& pose);
    const BodyPose& pose() const { return pose_; }
    bool atRest() const { return atRest_; }

    // The scene and the body as shown: the rest ones while at rest.
    const SceneData& scene() const { return atRest_ ? rest_ : posedScene_; }
    const Body& body() const { return atRest_ ? body_ : *posedBody_; }
    // The body at rest this was made for.
    const Body& restBody() const { return body_; }

    // Carries a point on or near the rest skin onto the posed skin, and a direction with it.
    glm::mat4 matrixAt(const glm::vec3& restPoint) const;
    glm::vec3 point(const glm::vec3& restPoint) const { return glm::vec3(matrixAt(restPoint) * glm::vec4(restPoint, 1.0f)); }
    // Carries a hand's trail (TechniqueSession::trails) onto the posed skin.
    void carry(std::vector<TrailSample>& trail) const;

private:
    const SceneData& rest_;
    const Body& body_;
    bool canPose_ = false;
    bool atRest_ = true;
    BodyPose pose_;
    std::unique_ptr<ScenePoser> poser_;
    SceneData posedScene_;
    std::optional<Body> posedBody_;
    std::unique_ptr<SkinQuery> query_;  // over the rest skin
    std::vector<int> landmarkNode_;  // per landmark of the body: its node in the scene (-1: none)
};

}  // namespace backrub
