using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Grids.GridChanges;

namespace Gateway.Api.Tests.Grids;

/// <summary><c>createGrid</c>, <c>redrawGrid</c>, <c>declareGridHouseholds</c> and <c>retireGrid</c> over HTTP: each
/// rule at its boundaries, the revisions kept, the audit records. Runs on its own copy of the county.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class GridMutationTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private const string Square = GridBoundaryTests.Square;

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");

    private async Task<object> NewGridAsync(string code = "NJ-06", int households = 420, string? key = null,
        string office = "nanjing", string? communityOf = null, string? boundary = null)
    {
        var unit = await factory.UnitAsync(office);
        var community = communityOf is null ? unit : await factory.UnitAsync(communityOf);
        return new
        {
            officeId = Staffing.IdOf(unit), communityId = GlobalId.Encode("ExternalOrganisation",
                community.HostCommunityId!.Value), code, name = "南井第六网格", streets = new[] { "新街", "老街" },
            households, openedOn = "2026-12-01", boundary, idempotencyKey = key,
        };
    }

    [Fact]
    public async Task A_new_grid_opens_with_its_first_revision_and_the_creation_is_audited()
    {
        var lastAudit = await factory.LastAuditIdAsync();

        var payload = await Nanjing.ChangeGridAsync("createGrid", await NewGridAsync(boundary: Square));

        var grid = payload.Made("grid");
        Assert.Equal(("NJ-06", "新街、老街", 420, true, "2026-12-01", null, 0, "nanjing"),
            (grid.Str("code"), grid.Str("streets"), grid["households"]!.GetValue<int>(),
                grid["householdsWithinTarget"]!.GetValue<bool>(), grid.Str("openedOn"),
                grid["retiredOn"]?.GetValue<string>(), grid["version"]!.GetValue<int>(), grid["office"]!.Str("code")));
        Assert.Equal(Square, grid.Str("boundaryGeoJson"));
        var revision = Assert.Single(grid.Nodes("revisions"));
        Assert.Equal((1, "2026-12-01", "created", 420, "demo-nanjing"), (revision["number"]!.GetValue<int>(),
            revision.Str("validFrom"), revision.Str("reason"), revision["households"]!.GetValue<int>(),
            revision.Str("recordedBy")));
        Assert.Empty(WarningCodes(payload));
        var record = await factory.AuditedAsync(lastAudit, "createGrid", AuditOutcome.Succeeded);
        Assert.Equal(grid.Str("id"), record.ObjectIds);
    }

    [Fact]
    public async Task An_idempotent_retry_creates_the_grid_once_and_answers_the_first_grid()
    {
        var input = await NewGridAsync(key: "grid-nj-06");
        var before = await factory.WithDbAsync(db => db.Grids.CountAsync());

        var first = (await Nanjing.ChangeGridAsync("createGrid", input)).Made("grid");
        var retry = (await Nanjing.ChangeGridAsync("createGrid", input)).Made("grid");

        Assert.Equal(first.Str("id"), retry.Str("id"));
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.Grids.CountAsync()));
        Assert.Single(retry.Nodes("revisions"));
    }

    [Theory]
    [InlineData(299, true)]
    [InlineData(300, false)]
    [InlineData(500, false)]
    [InlineData(501, true)]
    public async Task Households_outside_300_to_500_are_recorded_and_warned_of(int households, bool warned)
    {
        var grid = await factory.GridAsync("NJ-02");

        var created = await Nanjing.ChangeGridAsync("createGrid", await NewGridAsync(households: households));
        var declared = await Nanjing.ChangeGridAsync("declareGridHouseholds",
            new { id = IdOf(grid), version = grid.Version, on = "2026-12-01", households });

        string[] expected = warned ? ["HOUSEHOLDS_OUTSIDE_TARGET"] : [];
        Assert.Equal(expected, WarningCodes(created));
        Assert.Equal(expected, WarningCodes(declared));
        var made = declared.Made("grid");
        Assert.Equal((households, !warned, 1), (made["households"]!.GetValue<int>(),
            made["householdsWithinTarget"]!.GetValue<bool>(), made["version"]!.GetValue<int>()));
        Assert.Equal(("households declared", "2026-12-01", households),
            (made.Nodes("revisions")[^1].Str("reason"), made.Nodes("revisions")[^1].Str("validFrom"),
                made.Nodes("revisions")[^1]["households"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_code_another_grid_of_the_office_has_is_refused_and_nothing_is_written()
    {
        var before = await factory.GridStateAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var payload = await Nanjing.ChangeGridAsync("createGrid", await NewGridAsync(code: "NJ-01"));

        Assert.Equal(("DuplicateGridCodeError", "DUPLICATE_CODE", "input.code"), payload.Refusal("grid"));
        Assert.Equal(before, await factory.GridStateAsync());
        await factory.AuditedAsync(lastAudit, "createGrid", AuditOutcome.Failed);
    }

    [Fact]
    public async Task A_grid_lies_in_the_community_that_houses_its_office()
    {
        var payload = await factory.CreateGraphQLClient("demo-station").ChangeGridAsync("createGrid",
            await NewGridAsync(communityOf: "longxiang"));

        Assert.Equal(("WrongCommunityError", "WRONG_COMMUNITY", "input.communityId"), payload.Refusal("grid"));
    }

    [Fact]
    public async Task A_boundary_that_crosses_itself_is_refused_at_the_boundary_with_what_is_wrong()
    {
        const string bowTie = """{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}""";

        var payload = await Nanjing.ChangeGridAsync("createGrid", await NewGridAsync(boundary: bowTie));

        Assert.Equal(("InvalidBoundaryError", "INVALID_BOUNDARY", "input.boundary"), payload.Refusal("grid"));
        Assert.Equal("边界自相交,位于 (1, 1) 附近。", payload.Items("errors")[0].Str("message"));
    }

    [Fact]
    public async Task A_redraw_appends_a_revision_and_the_grid_as_it_was_stays_readable_by_day()
    {
        var grid = await factory.GridAsync("NJ-01");
        var fieldWork = await factory.WithDbAsync(db => db.FieldWorkEvents.CountAsync(e => e.GridId == grid.Id));

        var redrawn = (await Nanjing.ChangeGridAsync("redrawGrid", new
        {
            id = IdOf(grid), version = grid.Version, on = "2026-12-01", streets = new[] { "南井路", "南井街", "新街" },
            boundary = Square,
        })).Made("grid");
        var asWas = await Nanjing.QueryAsync("""
            query($id: ID!) { node(id: $id) { ... on Grid {
              revisions(where: { validFrom: { lte: "2026-11-30" } }, order: [{ number: DESC }], first: 1) {
                nodes { number streets reason } } } } }
            """, new { id = IdOf(grid) });

        Assert.Equal(("南井路、南井街、新街", Square, 1), (redrawn.Str("streets"), redrawn.Str("boundaryGeoJson"),
            redrawn["version"]!.GetValue<int>()));
        // NJ-01 was drawn when Nanjing's pilot grid was split.
        Assert.Equal(["split from NJ-00", "redrawn"], redrawn.Nodes("revisions").Select(r => r.Str("reason")));
        var before = Assert.Single(asWas["node"]!.Nodes("revisions"));
        Assert.Equal((1, grid.Streets, "split from NJ-00"),
            (before["number"]!.GetValue<int>(), before.Str("streets"), before.Str("reason")));
        Assert.Equal(fieldWork,
            await factory.WithDbAsync(db => db.FieldWorkEvents.CountAsync(e => e.GridId == grid.Id)));
    }

    [Fact]
    public async Task A_change_from_a_stale_version_is_refused_with_conflict()
    {
        var grid = await factory.GridAsync("NJ-01");
        (await Nanjing.ChangeGridAsync("redrawGrid",
            new { id = IdOf(grid), version = grid.Version, on = "2026-12-01", name = "南井一格" })).Made("grid");

        var stale = await Nanjing.ChangeGridAsync("declareGridHouseholds",
            new { id = IdOf(grid), version = grid.Version, on = "2026-12-02", households = 350 });

        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Refusal("grid"));
    }

    [Fact]
    public async Task A_revision_may_take_effect_on_the_day_the_latest_did_but_not_before()
    {
        var grid = await factory.GridAsync("NJ-01");

        var before = await Nanjing.ChangeGridAsync("redrawGrid",
            new { id = IdOf(grid), version = grid.Version, on = "2017-02-28", name = "南井一格" });
        var sameDay = await Nanjing.ChangeGridAsync("redrawGrid",
            new { id = IdOf(grid), version = grid.Version, on = "2017-03-01", name = "南井一格" });

        Assert.Equal(("RevisionBeforeRunningError", "REVISION_BEFORE_RUNNING", "input.on"), before.Refusal("grid"));
        Assert.Equal(2, sameDay.Made("grid").Nodes("revisions").Count);
    }

    [Fact]
    public async Task A_staffed_grid_retires_only_once_its_postings_end_and_then_takes_no_more_changes()
    {
        var grid = await factory.GridAsync("NJ-03");
        var lastAudit = await factory.LastAuditIdAsync();

        var staffed = await Nanjing.ChangeGridAsync("retireGrid",
            new { id = IdOf(grid), version = grid.Version, lastDay = "2026-12-31" });
        await factory.AuditedAsync(lastAudit, "retireGrid", AuditOutcome.Failed);
        await factory.EndPostingsToAsync(grid, new DateOnly(2026, 12, 31));
        var retired = await Nanjing.ChangeGridAsync("retireGrid",
            new { id = IdOf(grid), version = grid.Version, lastDay = "2026-12-31" });
        var redraw = await Nanjing.ChangeGridAsync("redrawGrid",
            new { id = IdOf(grid), version = grid.Version + 1, on = "2027-01-01", name = "新名" });

        Assert.Equal(("GridStillStaffedError", "GRID_STILL_STAFFED", "input.lastDay"), staffed.Refusal("grid"));
        Assert.Contains("请先结束或调动", staffed.Items("errors")[0].Str("message"));
        var made = retired.Made("grid");
        Assert.Equal(("2026-12-31", "retired", "2027-01-01"), (made.Str("retiredOn"),
            made.Nodes("revisions")[^1].Str("reason"), made.Nodes("revisions")[^1].Str("validFrom")));
        Assert.Equal(("GridRetiredError", "GRID_RETIRED", "input.id"), redraw.Refusal("grid"));
        var listed = await Nanjing.ReadAllAsync("grids", "code retiredOn");
        Assert.Contains(listed, g => g.Str("code") == "NJ-03" && g.Str("retiredOn") == "2026-12-31");
    }
}
