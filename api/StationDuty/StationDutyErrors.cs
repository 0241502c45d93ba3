using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;

namespace Gateway.Api.StationDuty;

[Description("The person holds an office posting (community police or auxiliary) on the day of the shift; under the "
    + "\"three nots\" (三不) office staff take no station duty shifts. Nothing was changed.")]
public sealed record ThreeNotsDutyShiftError(OrgUnit Office, DateOnly Day, IReadOnlyList<string> Path)
    : MutationError("THREE_NOTS_DUTY_SHIFT", new(
        $"按照“三不”规定，社区民警和辅警不参加派出所值班：该人员 {Day:yyyy-MM-dd} 在{Office.NameZh}任职。",
        $"Under the \"three nots\", office police and auxiliaries take no station duty shifts: on {Day:yyyy-MM-dd} "
        + $"the person holds a posting at {Office.Name}."), Path);

[Description("The person holds an office posting (community police or auxiliary) on the day the case would be given; "
    + "under the \"three nots\" (三不) office staff handle no station cases. Nothing was changed.")]
public sealed record ThreeNotsStationCaseError(OrgUnit Office, DateOnly Day, IReadOnlyList<string> Path)
    : MutationError("THREE_NOTS_STATION_CASE", new(
        $"按照“三不”规定，社区民警和辅警不承办派出所案件：该人员 {Day:yyyy-MM-dd} 在{Office.NameZh}任职。",
        $"Under the \"three nots\", office police and auxiliaries handle no station cases: on {Day:yyyy-MM-dd} the "
        + $"person holds a posting at {Office.Name}."), Path);

[Description("The person holds an office posting (community police or auxiliary) on the day of the dispatch, and the "
    + "destination is neither one of that office's grids nor the office itself; under the \"three nots\" (三不) office "
    + "staff are not dispatched outside their area. Nothing was changed.")]
public sealed record ThreeNotsDispatchError(OrgUnit Office, DateOnly Day, IReadOnlyList<string> Path)
    : MutationError("THREE_NOTS_DISPATCH", new(
        $"按照“三不”规定，社区民警和辅警不出警至辖区以外：该人员 {Day:yyyy-MM-dd} 在{Office.NameZh}任职，"
        + "目的地不是该警务室的网格或警务室本身。",
        $"Under the \"three nots\", office police and auxiliaries are not dispatched outside their area: on "
        + $"{Day:yyyy-MM-dd} the person holds a posting at {Office.Name}, and the destination is neither one of its "
        + "grids nor the office itself."), Path);
