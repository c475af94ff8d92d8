#pragma once

#include <QString>

namespace hive {

// What a front end needs to know about a phase without running it: its
// name, what it does, what -l selects in it, whether it has -H/-D and -T.
// One entry per phase in PhaseCatalog; everything that used to ask
// `phase == "…"` asks these.
struct PhaseTraits
{
    enum class Limit
    {
        Hosts,    // hosts or groups (!name excludes)
        Services, // service names
        Volumes,  // volume names
        Networks, // network names
    };

    QString name;
    const char *summary = "";  // what it does (source text, see description())
    const char *destroys = ""; // what -D removes (source text; "" without -D)
    Limit limit = Limit::Hosts;
    bool canHalt = false;      // -H
    bool takesTags = false;    // -T selects its steps
    bool firstContact = false; // --trust-new-host-keys, --host-key
    // It makes the stage's hosts: its -D removes them and the hive starts
    // over (start_phase back to it); Check Host Keys runs it again.
    bool makesHosts = false;

    bool canDestroy() const { return *destroys != '\0'; }
    QString description() const; // translated
    QString destroyHelp() const; // translated
    QString limitHelp() const;   // translated
};

} // namespace hive
