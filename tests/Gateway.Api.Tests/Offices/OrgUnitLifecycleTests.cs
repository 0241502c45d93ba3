using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Offices;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.Offices;

/// <summary>Units open under their parent, move to another station with their records, and close keeping their
/// history; creating is idempotent.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class OrgUnitLifecycleTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private const string Result = "orgUnit { id code kind nameZh openedOn closedOn version "
        + "parent { code } attachments(first: 10) { nodes { from to parent { code } } } }";
    private const string Errors = "errors { __typename ... on Error { code path message } }";

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static object NewOffice(string parentId, string code = "xinan", string? key = null,
        string openedOn = "2026-12-01") => new
    {
        kind = "COMMUNITY_OFFICE", code, name = "Xinan Community Police Office", nameZh = "新安社区警务室",
        parentId, openedOn, idempotencyKey = key,
    };

    private static async Task<JsonNode> SendAsync(GraphQLClient client, string mutation, object input)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..];
        var response = await client.PostAsync(
            $"mutation($input: {type}Input!) {{ {mutation}(input: $input) {{ {Result} {Errors} }} }}", new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    private static string[] CodesOf(JsonNode payload) =>
        [.. payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>())];

    private static string PathOfError(JsonNode payload) =>
        string.Join('.', payload["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));

    private Task<int> CountAsync(string code) =>
        factory.WithDbAsync(db => db.OrgUnits.CountAsync(u => u.Code == code));

    [Fact]
    public async Task A_station_opens_an_office_under_itself_with_its_path_and_first_attachment_and_an_audit_record()
    {
        var station = await factory.UnitAsync("xunchang");
        var lastAudit = await factory.LastAuditIdAsync();

        var payload = await SendAsync(factory.CreateGraphQLClient("demo-station"), "createOrgUnit",
            NewOffice(IdOf(station)));

        Assert.Null(payload["errors"]);
        var created = await factory.UnitAsync("xinan");
        Assert.Equal(
            ($"{station.Path}{created.Id}/", OrgUnitKind.CommunityOffice, station.Id, new DateOnly(2026, 12, 1)),
            (created.Path, created.Kind, created.ParentId!.Value, created.OpenedOn!.Value));
        var unit = payload["orgUnit"]!;
        Assert.Equal(("xunchang", "2026-12-01", null), (unit["parent"]!.Str("code"),
            unit["attachments"]!.Items("nodes").Single().Str("from"),
            unit["attachments"]!.Items("nodes").Single()["to"]?.GetValue<string>()));
        var record = await factory.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Id > lastAudit));
        Assert.Equal(("mutation:createOrgUnit", AuditOutcome.Succeeded, IdOf(created)),
            (record.Operation, record.Outcome, record.ObjectIds));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_creates_once_and_answers_the_same_unit_while_another_input_is_refused()
    {
        var station = await factory.UnitAsync("xunchang");
        var client = factory.CreateGraphQLClient("demo-station");

        var first = await SendAsync(client, "createOrgUnit", NewOffice(IdOf(station), key: "terminal-42"));
        var retry = await SendAsync(client, "createOrgUnit", NewOffice(IdOf(station), key: "terminal-42"));
        var reused = await SendAsync(client, "createOrgUnit", NewOffice(IdOf(station), "xinan2", key: "terminal-42"));

        Assert.Null(retry["errors"]);
        Assert.Equal(first["orgUnit"]!.Str("id"), retry["orgUnit"]!.Str("id"));
        Assert.Equal(1, await CountAsync("xinan"));
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], CodesOf(reused));
        Assert.Equal("input.idempotencyKey", PathOfError(reused));
        Assert.Equal(0, await CountAsync("xinan2"));
    }

    [Fact]
    public async Task Keys_belong_to_their_caller_so_another_caller_with_the_same_key_gets_its_own_result()
    {
        var station = await factory.UnitAsync("xunchang");
        await SendAsync(factory.CreateGraphQLClient("demo-station"), "createOrgUnit",
            NewOffice(IdOf(station), key: "shared-key"));

        var other = await SendAsync(factory.CreateGraphQLClient("demo-bureau"), "createOrgUnit",
            NewOffice(IdOf(station), "xinan-b", key: "shared-key"));

        Assert.Null(other["errors"]);
        Assert.Equal("xinan-b", other["orgUnit"]!.Str("code"));
    }

    [Fact]
    public async Task Without_a_key_each_request_creates_and_a_second_with_the_same_code_is_refused_as_a_duplicate()
    {
        var station = await factory.UnitAsync("xunchang");
        var client = factory.CreateGraphQLClient("demo-station");

        await SendAsync(client, "createOrgUnit", NewOffice(IdOf(station)));
        var again = await SendAsync(client, "createOrgUnit", NewOffice(IdOf(station)));

        Assert.Equal(["DUPLICATE_CODE"], CodesOf(again));
        Assert.Equal("input.code", PathOfError(again));
        Assert.Equal(1, await CountAsync("xinan"));
    }

    [Fact]
    public async Task An_office_reports_to_a_station_and_a_station_to_the_bureau_nothing_else()
    {
        var bureau = await factory.UnitAsync("bureau");
        var nanjing = await factory.UnitAsync("nanjing");
        var client = factory.CreateGraphQLClient("demo-bureau");

        var underBureau = await SendAsync(client, "createOrgUnit", NewOffice(IdOf(bureau)));
        var underOffice = await SendAsync(client, "createOrgUnit", NewOffice(IdOf(nanjing)));
        var badCode = await SendAsync(client, "createOrgUnit", NewOffice(IdOf(bureau), "新安"));

        Assert.Equal(("VALIDATION", "input.parentId"), (CodesOf(underBureau).Single(), PathOfError(underBureau)));
        Assert.Equal(("VALIDATION", "input.parentId"), (CodesOf(underOffice).Single(), PathOfError(underOffice)));
        Assert.Equal("input.code", PathOfError(badCode));
        Assert.Equal(0, await CountAsync("xinan"));
    }

    [Fact]
    public async Task An_office_cannot_open_units_under_its_station_which_it_cannot_see()
    {
        var station = await factory.UnitAsync("xunchang");

        var payload = await SendAsync(factory.CreateGraphQLClient("demo-nanjing"), "createOrgUnit",
            NewOffice(IdOf(station)));

        Assert.Equal(("NOT_FOUND", "input.parentId"), (CodesOf(payload).Single(), PathOfError(payload)));
        Assert.Equal(0, await CountAsync("xinan"));
    }

    [Fact]
    public async Task An_office_attached_to_another_station_takes_its_records_along_and_keeps_the_old_period()
    {
        var bureauClient = factory.CreateGraphQLClient("demo-bureau");
        var bureau = await factory.UnitAsync("bureau");
        var created = await SendAsync(bureauClient, "createOrgUnit", new
        {
            kind = "STATION", code = "xinan-station", name = "Xinan Police Station", nameZh = "新安派出所",
            parentId = IdOf(bureau), openedOn = "2026-01-01",
        });
        var nanjing = await factory.UnitAsync("nanjing");
        var rowsBefore = await factory.WithDbAsync(db => db.Grids.CountAsync(g => g.OwnerPath == nanjing.Path));
        var auditBefore =
            await factory.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.TenantPath == nanjing.Path));
        var oldToken = factory.CreateGraphQLClient("demo-nanjing");

        var payload = await SendAsync(bureauClient, "attachOrgUnit", new
        {
            id = IdOf(nanjing), version = nanjing.Version, stationId = created["orgUnit"]!.Str("id"), on = "2026-12-01",
        });

        Assert.Null(payload["errors"]);
        var moved = await factory.UnitAsync("nanjing");
        var stationId = GlobalId.TryDecode(created["orgUnit"]!.Str("id"), out _, out var id) ? id : 0;
        Assert.Equal(($"/1/{stationId}/{nanjing.Id}/", stationId, nanjing.Version + 1),
            (moved.Path, moved.ParentId!.Value, moved.Version));
        Assert.Equal([("xunchang", "2017-03-01", "2026-11-30"), ("xinan-station", "2026-12-01", null)],
            payload["orgUnit"]!["attachments"]!.Items("nodes").Select(a =>
                (a["parent"]!.Str("code"), a.Str("from"), a["to"]?.GetValue<string>())));
        Assert.Equal(rowsBefore, await factory.WithDbAsync(db => db.Grids.CountAsync(g => g.OwnerPath == moved.Path)));
        Assert.True(rowsBefore > 0);
        // The audit trail keeps the path each record was written under.
        Assert.Equal(auditBefore,
            await factory.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.TenantPath == nanjing.Path)));

        // A token issued before the move is refused once its account is read again (within the recheck window at
        // most); until then its old place in the tree matches nothing.
        var stale = await oldToken.PostAsync("{ grids(first: 1) { totalCount } }");
        Assert.Equal(0, stale.Status == System.Net.HttpStatusCode.OK
            ? stale.Data!["grids"]!["totalCount"]!.GetValue<int>() : 0);
        var fresh = await factory.CreateGraphQLClientWithNewToken("demo-nanjing")
            .QueryAsync("{ grids(first: 1) { totalCount } }");
        Assert.Equal(rowsBefore, fresh["grids"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_station_cannot_move_its_office_to_a_station_outside_its_scope()
    {
        var furong = await factory.UnitAsync("furong");
        var nanjing = await factory.UnitAsync("nanjing");

        var payload = await SendAsync(factory.CreateGraphQLClient("demo-station"), "attachOrgUnit",
            new { id = IdOf(nanjing), version = nanjing.Version, stationId = IdOf(furong), on = "2026-12-01" });

        Assert.Equal(("NOT_FOUND", "input.stationId"), (CodesOf(payload).Single(), PathOfError(payload)));
        Assert.Equal(nanjing.Path, (await factory.UnitAsync("nanjing")).Path);
    }

    [Fact]
    public async Task A_staffed_office_does_not_close_an_empty_one_does_and_stays_readable()
    {
        var station = await factory.UnitAsync("xunchang");
        var nanjing = await factory.UnitAsync("nanjing");
        var client = factory.CreateGraphQLClient("demo-station");
        var created = await SendAsync(client, "createOrgUnit", NewOffice(IdOf(station), openedOn: "2025-01-01"));
        var id = created["orgUnit"]!.Str("id");

        var staffed = await SendAsync(client, "closeOrgUnit",
            new { id = IdOf(nanjing), version = nanjing.Version, lastDay = "2026-12-31" });
        var tooEarly = await SendAsync(client, "closeOrgUnit", new { id, version = 0, lastDay = "2024-12-31" });
        var closed = await SendAsync(client, "closeOrgUnit", new { id, version = 0, lastDay = "2026-12-31" });
        var again = await SendAsync(client, "closeOrgUnit", new { id, version = 1, lastDay = "2027-01-31" });

        Assert.Equal(["UNIT_STILL_IN_USE"], CodesOf(staffed));
        Assert.Null((await factory.UnitAsync("nanjing")).ClosedOn);
        Assert.Equal("input.lastDay", PathOfError(tooEarly));
        Assert.Null(closed["errors"]);
        Assert.Equal("2026-12-31", closed["orgUnit"]!.Str("closedOn"));
        Assert.Equal("2026-12-31", closed["orgUnit"]!["attachments"]!.Items("nodes").Single().Str("to"));
        Assert.Equal(["UNIT_CLOSED"], CodesOf(again));
        var listed = await client.QueryAsync("{ offices(first: 10) { nodes { code closedOn } } }");
        Assert.Contains(listed["offices"]!.Items("nodes"),
            o => o.Str("code") == "xinan" && o.Str("closedOn") == "2026-12-31");
    }

    [Fact]
    public async Task No_unit_opens_under_a_station_closed_before_its_first_day()
    {
        var bureau = await factory.UnitAsync("bureau");
        var client = factory.CreateGraphQLClient("demo-bureau");
        var station = (await SendAsync(client, "createOrgUnit", new
        {
            kind = "STATION", code = "old-station", name = "Old Station", nameZh = "旧派出所",
            parentId = IdOf(bureau), openedOn = "2020-01-01",
        }))["orgUnit"]!.Str("id");
        await SendAsync(client, "closeOrgUnit", new { id = station, version = 0, lastDay = "2025-12-31" });

        var payload = await SendAsync(client, "createOrgUnit", NewOffice(station, openedOn: "2026-01-01"));

        Assert.Equal(("UNIT_CLOSED", "input.parentId"), (CodesOf(payload).Single(), PathOfError(payload)));
    }
}
