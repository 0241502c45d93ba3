using Gateway.Api.Data;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.StationDuty;

/// <summary>
/// The "three nots" (三不): on a day a person holds an office posting — community police (社区民警) or auxiliary
/// (辅警) of a community office, a posting with From &lt;= day and To null or &gt;= day — they take no station duty
/// shift, are given no station case, and are dispatched only into their own office's grids or office.
/// </summary>
internal static class ThreeNots
{
    private static readonly AssignmentRole[] OfficeRoles =
        [AssignmentRole.OfficePolice, AssignmentRole.OfficeAuxiliary];

    /// <summary>
    /// The community office where the person holds an office posting on <paramref name="day"/>, or null. Postings are
    /// read within the caller's scope; only a station or the bureau records station work, and they see every posting
    /// to the offices below them.
    /// </summary>
    public static Task<OrgUnit?> OfficePostedToAsync(GatewayDbContext db, long personId, DateOnly day,
        CancellationToken cancellationToken) =>
        db.Assignments
            .Where(a => a.PersonId == personId && OfficeRoles.Contains(a.Role) && a.From <= day
                && (a.To == null || a.To >= day))
            .OrderBy(a => a.From)
            .Select(a => a.Unit)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether a person posted to <paramref name="office"/> may be sent to the destination: one of the
    /// office's grids, or the office itself.</summary>
    public static bool LiesInArea(OrgUnit office, long? gridOwnerId, long? destinationOfficeId) =>
        gridOwnerId == office.Id || destinationOfficeId == office.Id;
}
