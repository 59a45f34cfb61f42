// What people read for the ids a ticket carries (severity, tier, channel), in their language,
// and the urgency rank that lets severities of different policies sort together.
#pragma once

#include <QString>

namespace hourglass {

class SlaEngine;
struct Policy;

namespace PolicyNames {

// The language of the translation installed: "fr" under the French one, "en" without any (the
// command line, tests). Names follow it, as tr() does, so they never disagree with the words
// around them.
QString language();

// Names come from the newest version of the ticket's policy that knows the id (a name is not
// a commitment: a policy version that only adds French names reaches old tickets too), else
// from the ticket's own version; the id as it is when neither knows it.
QString severity(const SlaEngine &engine,
                 const QString &policyId,
                 int version,
                 const QString &severityId,
                 const QString &language);
QString tier(const SlaEngine &engine,
             const QString &policyId,
             int version,
             const QString &tierId,
             const QString &language);
QString channel(const SlaEngine &engine,
                const QString &policyId,
                int version,
                const QString &channelId,
                const QString &language);
// On the common scale (mostUrgent … leastUrgent), from the same version as the name; one past
// leastUrgent for a severity no version knows.
int urgency(const SlaEngine &engine,
            const QString &policyId,
            int version,
            const QString &severityId);
// The two versions a ticket's names come from, looked up once for all of its ids (a queue
// of 100 000 tickets asks four names of each).
struct Sources
{
    const Policy *latest = nullptr;
    const Policy *own = nullptr;
};
Sources sources(const SlaEngine &engine, const QString &policyId, int version);
QString severity(const Sources &from, const QString &severityId, const QString &language);
QString tier(const Sources &from, const QString &tierId, const QString &language);
QString channel(const Sources &from, const QString &channelId, const QString &language);
int urgency(const Sources &from, const QString &severityId);

// What a rank of the common scale means, for the headings of the severity filter.
QString urgencyName(int urgency);

// A ticket's or a customer's language as people name it ("English", "French"), in the
// language of the translation; the code itself for one this version does not name.
QString languageName(const QString &code);

} // namespace PolicyNames

} // namespace hourglass
