// The policies Hourglass ships, one per source document, embedded as resources.
#pragma once

#include "sla/policy.h"

#include <QStringList>

namespace hourglass {

namespace PresetPolicies {

// Resource paths (":/policies/…json") of every preset, in the order of the source documents.
QStringList files();
// All presets, loaded; a broken preset is a build defect, so this throws InputError.
QList<Policy> load();

} // namespace PresetPolicies

} // namespace hourglass
