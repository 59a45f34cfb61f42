// The maintenance windows of the seed documents, ready to install.
#include "maintenance/maintenancepresets.h"

namespace hourglass {

namespace {

MaintenanceWindow preset(const char *uid,
                         const char *title,
                         const char *platform,
                         const char *zone,
                         LocalTime start,
                         Seconds length,
                         const char *rrule,
                         const char *affected,
                         const char *keepsWorking,
                         const char *affectedFr,
                         const char *keepsWorkingFr)
{
    MaintenanceWindow window;
    window.uid = QString::fromLatin1(uid);
    window.title = QString::fromUtf8(title);
    window.platform = QString::fromUtf8(platform);
    window.zone = QString::fromLatin1(zone);
    window.start = start;
    window.length = length;
    window.end = WindowEnd::WallClock;
    window.rrule = QString::fromLatin1(rrule);
    window.affected = QString::fromUtf8(affected);
    window.keepsWorking = QString::fromUtf8(keepsWorking);
    window.affectedFr = QString::fromUtf8(affectedFr);
    window.keepsWorkingFr = QString::fromUtf8(keepsWorkingFr);
    window.pausesSla = true;
    window.holidayRule = HolidayRule::Keep;
    return window;
}

LocalTime at(int y, unsigned m, unsigned d, int hour)
{
    return date::local_days{date::year{y} / date::month{m} / date::day{d}}
           + std::chrono::hours{hour};
}

} // namespace

QList<MaintenanceWindow> MaintenancePresets::all()
{
    using std::chrono::hours;
    const char *cloudAffected = "The vCloud Director portal and its APIs may be temporarily "
                                "unavailable while the platform control plane is updated.";
    const char *cloudKeeps = "Customers' VMs keep running normally.";
    const char *cloudAffectedFr = "Le portail vCloud Director et ses API peuvent être "
                                  "momentanément indisponibles pendant la mise à jour du plan de "
                                  "contrôle de la plateforme.";
    const char *cloudKeepsFr = "Les VM des clients continuent de fonctionner normalement.";
    return {
        // 2025-01-01 is the first Wednesday of January 2025, the 15th the first of its last three.
        preset("nup-first-wednesday@presets.hourglass",
               "NUP control plane",
               "NUP",
               "Europe/Paris",
               at(2025, 1, 1, 0),
               hours{6},
               "FREQ=MONTHLY;BYDAY=1WE",
               cloudAffected,
               cloudKeeps,
               cloudAffectedFr,
               cloudKeepsFr),
        preset("ngp-last-three-wednesdays@presets.hourglass",
               "NGP control plane",
               "NGP",
               "Europe/Paris",
               at(2025, 1, 15, 0),
               hours{6},
               "FREQ=MONTHLY;BYDAY=-1WE,-2WE,-3WE",
               cloudAffected,
               cloudKeeps,
               cloudAffectedFr,
               cloudKeepsFr),
        preset("netmon-saturday-outage@presets.hourglass",
               "Scheduled outage",
               "Network monitoring",
               "America/New_York",
               at(2025, 1, 4, 7),
               hours{2},
               "FREQ=WEEKLY;BYDAY=SA",
               "The network-monitoring service may be unavailable; customers are notified "
               "by email.",
               "",
               "Le service de supervision réseau peut être indisponible ; les clients sont "
               "prévenus par e-mail.",
               ""),
    };
}

} // namespace hourglass
