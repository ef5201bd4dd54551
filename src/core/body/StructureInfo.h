#pragma once
// Plain names and one-line descriptions of the model's structures (bones,
// muscles) by node name, for hover picking and labels. Node names follow
// docs/model-format.md ("vertebra_L4", "rib_L11", "trapezius_R", ...).
#include <string>

namespace backrub {

struct StructureInfo {
    std::string name;         // "L4 vertebra", "Trapezius (right)"
    std::string description;  // one or two sentences; "" when unknown
};

// Always gives a readable name: unknown node names are prettified ("my_node" -> "My node").
StructureInfo describeStructure(const std::string& nodeName);

// A landmark id as a label: "iliac_crest_L" -> "Iliac crest (left)", "PSIS_R" ->
// "PSIS (right)", "T4" -> "T4", "coccyx" -> "Coccyx".
std::string landmarkLabel(const std::string& id);

}  // namespace backrub
