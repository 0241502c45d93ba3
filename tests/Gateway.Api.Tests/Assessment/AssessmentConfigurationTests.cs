using System.Text.Json.Nodes;
using Gateway.Api.Assessment;
using Gateway.Api.Audit;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Assessment;

/// <summary>The duty catalogue, kept by the county bureau alone (<c>addDutyItem</c>, <c>retireDutyItem</c>), and the
/// weights of the three parties (<c>setAssessmentWeights</c>), set by the bureau's system administrator.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class AssessmentConfigurationTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<GraphQLClient> BureauAdminAsync() =>
        (await UserSignIn.SignInAsync(factory, "bureau.admin")).Client;

    private static string Category(DutyCategoryCode code) =>
        Id("DutyCategory", DutyCategory.All.Single(c => c.Code == code).Id);

    private static Task<JsonNode> AddAsync(GraphQLClient client, string code, string? key = null) =>
        client.AssessAsync("addDutyItem", new
        {
            categoryId = Category(DutyCategoryCode.ServingThePublic), code, textZh = " 组织坝坝茶收集社情民意 ",
            text = "Hold free-tea gatherings to hear residents", idempotencyKey = key,
        });

    [Fact]
    public async Task The_bureau_adds_and_retires_duty_items()
    {
        var admin = await BureauAdminAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var added = (await AddAsync(admin, "FWQZ-06", "item-1")).Made("dutyItem");
        await factory.AuditedAsync(lastAudit, "addDutyItem", AuditOutcome.Succeeded);
        var retry = (await AddAsync(admin, "FWQZ-06", "item-1")).Made("dutyItem");
        var taken = await AddAsync(admin, "FWQZ-06");
        var retired = (await admin.AssessAsync("retireDutyItem", new { id = added.Str("id"), version = 0 }))
            .Made("dutyItem");
        var again = await admin.AssessAsync("retireDutyItem", new { id = added.Str("id"), version = 1 });
        var stale = await admin.AssessAsync("retireDutyItem", new { id = added.Str("id"), version = 0 });

        Assert.Equal(("SERVING_THE_PUBLIC", "组织坝坝茶收集社情民意", true), (added["category"]!.Str("code"),
            added.Str("textZh"), added["active"]!.GetValue<bool>()));
        Assert.Equal(added.Str("id"), retry.Str("id"));
        Assert.Equal(("DutyItemCodeTakenError", "DUPLICATE_CODE", "input.code"), taken.Refusal("dutyItem"));
        Assert.False(retired["active"]!.GetValue<bool>());
        Assert.NotNull(retired["retiredOn"]?.GetValue<string>());
        Assert.Equal(("DutyItemRetiredError", "DUTY_ITEM_RETIRED", "input.id"), again.Refusal("dutyItem"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Refusal("dutyItem"));
    }

    [Fact]
    public async Task A_system_administrator_below_the_bureau_is_refused_and_a_unit_integration_lacks_the_permission()
    {
        var station = await factory.UnitAsync("xunchang");
        await factory.WithUsersAsync(async users =>
        {
            var admin = await users.UserAsync("bureau.admin");
            admin.UnitId = station.Id;
            return await users.UpdateAsync(admin);
        });
        var stationAdmin = await BureauAdminAsync();
        var before = await factory.AssessmentStateAsync();
        var item = await factory.WithDbAsync(db => db.DutyItems.OrderBy(i => i.Id).FirstAsync());

        var add = await AddAsync(stationAdmin, "FWQZ-07");
        var retire = await stationAdmin.AssessAsync("retireDutyItem",
            new { id = Id("DutyItem", item.Id), version = 0 });
        var integration = await factory.CreateGraphQLClient().PostAsync(Assessing.Documents["addDutyItem"], new
        {
            input = new { categoryId = Category(DutyCategoryCode.DisputeResolution), code = "MDHJ-09", textZh = "x",
                text = "x" },
        });

        Assert.Equal(("BureauOnlyError", "BUREAU_ONLY", "input"), add.Refusal("dutyItem"));
        Assert.Equal(("BureauOnlyError", "BUREAU_ONLY", "input"), retire.Refusal("dutyItem"));
        Assert.Null(integration.Data);
        Assert.Contains("ACCESS_DENIED", integration.ErrorCodes);
        Assert.Equal(before, await factory.AssessmentStateAsync());
    }

    [Fact]
    public async Task The_write_guard_keeps_the_catalogue_at_the_top_of_the_tree()
    {
        var station = await factory.UnitAsync("xunchang");
        var bureau = await factory.UnitAsync("bureau");

        await AsUnitAsync(station.Id, station.Path, async db =>
        {
            (await db.DutyItems.OrderBy(i => i.Id).FirstAsync()).TextZh = "派出所改写";
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await AsUnitAsync(bureau.Id, bureau.Path, async db =>
        {
            (await db.DutyItems.OrderBy(i => i.Id).FirstAsync()).Text = "Reworded by the bureau";
            await db.SaveChangesAsync();
        });

        Assert.Equal("Reworded by the bureau",
            await factory.WithDbAsync(db => db.DutyItems.OrderBy(i => i.Id).Select(i => i.Text).FirstAsync()));
    }

    private async Task AsUnitAsync(long unitId, string path, Func<Api.Data.GatewayDbContext, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>()
            .Enter(unitId, path, new HashSet<string>(), "assessment-test", null, null);
        await work(scope.ServiceProvider.GetRequiredService<Api.Data.GatewayDbContext>());
    }

    [Theory]
    [InlineData(40, 30, 29, false)]
    [InlineData(40, 30, 30, true)]
    [InlineData(40, 30, 31, false)]
    [InlineData(-10, 60, 50, false)]
    [InlineData(100, 0, 0, true)]
    public async Task Weights_are_percentages_summing_to_100(int bureau, int community, int residents, bool taken)
    {
        var admin = await BureauAdminAsync();
        var before = await factory.AssessmentStateAsync();

        var payload = await admin.AssessAsync("setAssessmentWeights", new
        {
            unitId = IdOf(await factory.UnitAsync("nanjing")), bureau, community, residents,
        });

        if (taken)
        {
            payload.Made("assessmentWeights");
            return;
        }
        Assert.Equal(("WeightsMustSumTo100Error", "WEIGHTS_MUST_SUM_TO_100", "input.bureau"),
            payload.Refusal("assessmentWeights"));
        Assert.Equal(before, await factory.AssessmentStateAsync());
    }

    [Fact]
    public async Task A_units_own_weights_change_at_the_version_read_and_weigh_its_officers_totals()
    {
        var admin = await BureauAdminAsync();
        var nanjing = IdOf(await factory.UnitAsync("nanjing"));
        var q3 = await factory.OfficerAssessmentAsync("nanjing", new(2026, 7, 1));
        object Weights(int bureau, int? version) =>
            new { unitId = nanjing, version, bureau, community = 50 - bureau / 2, residents = 50 - bureau / 2 };

        var set = (await admin.AssessAsync("setAssessmentWeights", Weights(60, null))).Made("assessmentWeights");
        var unread = await admin.AssessAsync("setAssessmentWeights", Weights(40, null));
        var changed = (await admin.AssessAsync("setAssessmentWeights", Weights(20, 0))).Made("assessmentWeights");
        var stale = await admin.AssessAsync("setAssessmentWeights", Weights(40, 0));
        var read = await factory.CreateGraphQLClient("demo-nanjing").QueryAsync("""
            query($id: ID!) { node(id: $id) { ... on OfficerAssessment { total office { assessmentWeights {
              bureau community residents source sourceUnit { code } } ownAssessmentWeights { version } } } } }
            """, new { id = Id("OfficerAssessment", q3.Id) });

        Assert.Equal((60, 20, 20, "nanjing", 0), (set["bureau"]!.GetValue<int>(), set["community"]!.GetValue<int>(),
            set["residents"]!.GetValue<int>(), set["unit"]!.Str("code"), set["version"]!.GetValue<int>()));
        Assert.Equal(("ValidationError", "VALIDATION", "input.version"), unread.Refusal("assessmentWeights"));
        Assert.Equal(1, changed["version"]!.GetValue<int>());
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Refusal("assessmentWeights"));
        var office = read["node"]!["office"]!;
        Assert.Equal((20, 40, 40, "OWN", "nanjing", 1), (office["assessmentWeights"]!["bureau"]!.GetValue<int>(),
            office["assessmentWeights"]!["community"]!.GetValue<int>(),
            office["assessmentWeights"]!["residents"]!.GetValue<int>(), office["assessmentWeights"]!.Str("source"),
            office["assessmentWeights"]!["sourceUnit"]!.Str("code"),
            office["ownAssessmentWeights"]!["version"]!.GetValue<int>()));
        Assert.Equal(decimal.Round((q3.BureauScore!.Value * 20 + q3.CommunityScore!.Value * 40
            + q3.ResidentsScore!.Value * 40) / 100m, 2), read["node"]!["total"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task An_office_reads_the_weights_set_above_it_but_not_the_unit_or_row_that_set_them()
    {
        const string Query = """
            { offices(where: { code: { eq: "nanjing" } }) { nodes { assessmentWeights { bureau community residents
              source sourceUnit { code } } ownAssessmentWeights { id } } } }
            """;
        var bureauRow = await factory.WithDbAsync(db => db.AssessmentWeights.SingleAsync());

        var nanjing = (await factory.CreateGraphQLClient("demo-nanjing").QueryAsync(Query)).Nodes("offices").Single();
        var bureau = (await factory.CreateGraphQLClient().QueryAsync(Query)).Nodes("offices").Single();
        var node = await factory.CreateGraphQLClient("demo-nanjing").PostAsync(
            "query($id: ID!) { node(id: $id) { id } }", new { id = Id("AssessmentWeights", bureauRow.Id) });
        await factory.WithDbAsync(async db =>
        {
            db.AssessmentWeights.Remove(await db.AssessmentWeights.SingleAsync());
            await db.SaveChangesAsync();
        });
        var defaults = (await factory.CreateGraphQLClient("demo-nanjing").QueryAsync(Query)).Nodes("offices").Single();

        Assert.Equal("""{"bureau":40,"community":30,"residents":30,"source":"INHERITED","sourceUnit":null}""",
            nanjing["assessmentWeights"]!.ToJsonString());
        Assert.Null(nanjing["ownAssessmentWeights"]);
        Assert.Equal("bureau", bureau["assessmentWeights"]!["sourceUnit"]!.Str("code"));
        Assert.Null(node.Data!["node"]);
        Assert.Equal(["NOT_FOUND"], node.ErrorCodes);
        Assert.Equal("""{"bureau":40,"community":30,"residents":30,"source":"CONFIGURATION","sourceUnit":null}""",
            defaults["assessmentWeights"]!.ToJsonString());
    }
}
