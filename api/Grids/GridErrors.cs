using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Grids;

[Description("Another grid of the office already has this code; nothing was changed.")]
public sealed record DuplicateGridCodeError(string Code, IReadOnlyList<string> Path) : MutationError(
    "DUPLICATE_CODE", new($"本警务室已有代码为“{Code}”的网格。", $"The office already has a grid with the code '{Code}'."),
    Path);

[Description("The community is not the one that houses the office: an office's grids lie in its own community. "
    + "Nothing was changed.")]
public sealed record WrongCommunityError(IReadOnlyList<string> Path) : MutationError("WRONG_COMMUNITY",
    new("网格须位于该警务室所在的社区。", "A grid lies in the community that houses its office."), Path);

[Description("The boundary is not a valid GeoJSON Polygon or MultiPolygon geometry; the message says what is wrong. "
    + "Nothing was changed.")]
public sealed record InvalidBoundaryError(LocalizedText Reason, IReadOnlyList<string> Path)
    : MutationError("INVALID_BOUNDARY", Reason, Path);

[Description("The day comes before the grid's latest revision took effect: revisions follow one another in time. "
    + "Nothing was changed.")]
public sealed record RevisionBeforeRunningError(DateOnly LatestValidFrom, IReadOnlyList<string> Path)
    : MutationError("REVISION_BEFORE_RUNNING", new($"网格的最新版本自 {LatestValidFrom:yyyy-MM-dd} 起生效,日期不能早于该日。",
        $"The grid's latest revision took effect on {LatestValidFrom:yyyy-MM-dd}; the day cannot come before it."),
        Path);

[Description("The grid is retired (or split or merged): it stays readable and takes no more changes.")]
public sealed record GridRetiredError(string Code, DateOnly RetiredOn, IReadOnlyList<string> Path)
    : MutationError("GRID_RETIRED", new($"网格 {Code} 已于 {RetiredOn:yyyy-MM-dd} 撤销。",
        $"Grid {Code} was retired on {RetiredOn:yyyy-MM-dd}."), Path);

[Description("Someone is still posted to the grid after its last day; end or transfer the postings first. Nothing "
    + "was changed.")]
public sealed record GridStillStaffedError(LocalizedText Reason, IReadOnlyList<string> Path)
    : MutationError("GRID_STILL_STAFFED", Reason, Path);

[Description("Streets of the grid split that no part lists: every street goes to exactly one part. Nothing was "
    + "changed.")]
public sealed record StreetsNotCoveredError(IReadOnlyList<string> Streets, IReadOnlyList<string> Path)
    : MutationError("STREETS_NOT_COVERED", new($"以下街道未划入任何新网格:{string.Join("、", Streets)}。",
        $"No part lists these streets: {string.Join(", ", Streets)}."), Path);

[Description("Streets listed by more than one part of a split, or not streets of the grid split. Nothing was "
    + "changed.")]
public sealed record StreetInTwoPartsError(IReadOnlyList<string> Streets, IReadOnlyList<string> Path)
    : MutationError("STREET_IN_TWO_PARTS", new($"以下街道被划入多个新网格:{string.Join("、", Streets)}。",
        $"More than one part lists these streets: {string.Join(", ", Streets)}."), Path);

[Description("The grids merged lie in different communities or offices; nothing was changed.")]
public sealed record GridsInDifferentCommunitiesError(IReadOnlyList<string> Path)
    : MutationError("GRIDS_IN_DIFFERENT_COMMUNITIES",
        new("只能合并同一警务室、同一社区的网格。", "Only grids of the same office and community merge."), Path);
