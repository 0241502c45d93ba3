using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Grids;
using Gateway.Api.Informants;
using Gateway.Api.Mediation;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Registry;
using Gateway.Api.Requests;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Statistics count under the caller's row filters: every statistic the schema has, read by an office's client in
/// every grouping it answers, comes back the same after rows of every kind the statistics count are written in
/// another office — while the station above both sees its numbers move, so the rows written do count. New statistics
/// are found from the schema; each area adds the rows its statistics count to <see cref="WriteInLongxiangAsync"/>.
/// </summary>
public sealed class StatisticsIsolationTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private static readonly string[] Groupings = ["SCOPE", "UNIT", "GRID", "PERSON"];

    [Fact]
    public async Task Rows_written_in_another_office_move_no_number_of_an_office()
    {
        var statistics = await StatisticsAsync();
        Assert.NotEmpty(statistics);
        var nanjingBefore = await ReadEverythingAsync("demo-nanjing", statistics);
        var stationBefore = await ReadEverythingAsync("demo-station", statistics);

        await WriteInLongxiangAsync();

        var nanjingAfter = await ReadEverythingAsync("demo-nanjing", statistics);
        foreach (var statistic in statistics)
            Assert.True(nanjingBefore[statistic] == nanjingAfter[statistic],
                $"`{statistic}` moved for Nanjing:\n{nanjingBefore[statistic]}\n{nanjingAfter[statistic]}");
        var stationAfter = await ReadEverythingAsync("demo-station", statistics);
        foreach (var statistic in statistics)
            Assert.True(stationBefore[statistic] != stationAfter[statistic],
                $"`{statistic}` did not move for the station: add the rows it counts to WriteInLongxiangAsync.");
        await factory.ResetToSeededCountyAsync();
    }

    /// <summary>Rows of every kind a statistic counts, owned by the Longxiang office, dated in October 2026.</summary>
    private Task WriteInLongxiangAsync() => factory.WithDbAsync(async db =>
    {
        var longxiang = await db.OrgUnits.SingleAsync(u => u.Code == "longxiang");
        db.MassParticipationTeams.Add(new MassParticipationTeam
        {
            OwnerUnitId = longxiang.Id, Kind = MassTeamKind.Volunteer, Name = "龙祥停车场志愿者队", MemberCount = 12,
        });
        db.CameraPoints.Add(new CameraPoint
        {
            OwnerUnitId = longxiang.Id, System = CameraSystem.SharpEyes, Name = "龙祥路口", Location = "龙祥路 1 号",
            Cameras = 4,
        });
        await WriteCasesInAsync(db, longxiang.Id);
        await WriteStaffingFieldWorkAndRegistryAsync(db, longxiang.Id);
        await db.SaveChangesAsync();
    });

    /// <summary>A mediation case settled with an agreement now overdue, a diverted request dispatched, replied to and
    /// chased, and an informant recruited in the month with a useful tip and a reward paid for it.</summary>
    private static async Task WriteCasesInAsync(GatewayDbContext db, long longxiang)
    {
        var at = new DateTime(2026, 10, 12, 2, 0, 0, DateTimeKind.Utc);
        var committee = await db.MediationCommittees.Select(c => c.Id).FirstAsync();
        var mediationCase = new MediationCase
        {
            OwnerUnitId = longxiang, CommitteeId = committee, CaseNumber = "LX-TJ-2026-901", Summary = "邻里噪音纠纷",
            Kind = MediationCaseKind.CivilDispute, Stage = MediationStage.AgreementReached, RegisteredAt = at,
            AcceptedAt = at.AddDays(1), ClosedAt = at.AddDays(5),
        };
        db.MediationCases.Add(mediationCase);
        foreach (var (to, days) in new[] { (MediationStage.Registered, 0), (MediationStage.Accepted, 1),
            (MediationStage.AgreementReached, 5) })
            db.MediationCaseSteps.Add(new MediationCaseStep
            {
                OwnerUnitId = longxiang, Case = mediationCase, To = to, At = at.AddDays(days),
                RecordedAt = at.AddDays(days), Actor = "test",
            });
        db.MediationAgreements.Add(new MediationAgreement
        {
            OwnerUnitId = longxiang, Case = mediationCase, Facts = "事实", Matters = "噪音", Terms = "限时装修",
            PerformanceDeadline = new DateOnly(2026, 10, 20), SignedAt = at.AddDays(5),
        });

        var department = await db.Set<ExternalOrganisation>().Select(o => o.Id).FirstAsync();
        var request = new ServiceRequest
        {
            OwnerUnitId = longxiang, Number = "LX-110-2026-901", Kind = RequestKind.Appeal, ReceivedAt = at,
            ReceivedBy = "test", CallerName = "张三", Summary = "路灯损坏", Stage = RequestStage.Replied,
            TicketNumber = "4312345-901", DivertedAt = at, DivertedBy = "test", Deadline = at.AddDays(3),
            DepartmentId = department, RepliedAt = at.AddDays(4), RepliedBy = "test", Reply = "已修复",
        };
        db.ServiceRequests.Add(request);
        db.RequestDispatches.Add(new RequestDispatch
        {
            OwnerUnitId = longxiang, Request = request, DepartmentId = department, DispatchedAt = at.AddHours(1),
            DispatchedBy = "test",
        });
        db.RequestChases.Add(new RequestChase
        {
            OwnerUnitId = longxiang, Request = request, ChasedAt = at.AddDays(3.5), ChasedBy = "test",
            Deadline = at.AddDays(3),
        });

        var officer = await db.Assignments.Where(a => a.OwnerUnitId == longxiang).Select(a => a.PersonId).FirstAsync();
        var informant = new Informant
        {
            OwnerUnitId = longxiang, CodeName = "LX-XX-901", Occupation = InformantOccupation.TaxiDriver,
            RecruitedOn = new DateOnly(2026, 10, 2),
        };
        db.Informants.Add(informant);
        db.InformantAuthorisations.Add(new InformantAuthorisation
        {
            OwnerUnitId = longxiang, Informant = informant, Kind = AuthorisationKind.Granted,
            ValidFrom = informant.RecruitedOn, AuthorisedByActor = "test", AuthorisedAt = at,
            ValidUntil = InformantAuthorisation.EndOfPeriodFrom(informant.RecruitedOn),
        });
        var tip = new Tip
        {
            OwnerUnitId = longxiang, Informant = informant, ReceivedById = officer, ReceivedAt = at, Content = "可疑人员",
            Useful = true, MarkedUsefulById = officer, MarkedUsefulAt = at,
        };
        db.Tips.Add(tip);
        var reward = new Reward
        {
            OwnerUnitId = longxiang, Informant = informant, Tip = tip, OfferedById = officer, OfferedAt = at.AddDays(1),
        };
        db.Rewards.Add(reward);
        foreach (var (kind, amount, days) in new[] { (RewardEntryKind.Offered, (decimal?)200m, 1),
            (RewardEntryKind.Approved, null, 3), (RewardEntryKind.Paid, null, 5) })
            db.RewardEntries.Add(new RewardEntry
            {
                OwnerUnitId = longxiang, Reward = reward, Kind = kind, Amount = amount, RecordedByActor = "test",
                RecordedAt = at.AddDays(days),
            });
    }

    /// <summary>A new auxiliary posted to Longxiang; its police officer's visits and a key-person control, a vehicle
    /// check and a resident entered there.</summary>
    private static async Task WriteStaffingFieldWorkAndRegistryAsync(GatewayDbContext db, long longxiang)
    {
        var october = CountyCalendar.StartOf(new DateOnly(2026, 10, 15)).AddHours(2);
        var officer = await db.Assignments.Where(a => a.UnitId == longxiang && a.Role == AssignmentRole.OfficePolice)
            .Select(a => a.PersonId).FirstAsync();
        var grid = await db.Grids.Where(g => g.OwnerUnitId == longxiang).Select(g => g.Id).FirstAsync();
        var auxiliary = new Person { OwnerUnitId = longxiang, Kind = PersonKind.AuxiliaryPolice, Name = "龙祥新辅警" };
        db.Assignments.Add(new Assignment
        {
            OwnerUnitId = longxiang, Person = auxiliary, UnitId = longxiang, Role = AssignmentRole.OfficeAuxiliary,
            From = new DateOnly(2026, 10, 1),
        });
        foreach (var (kind, count) in new[] { (FieldWorkKind.ResidentVisit, 30), (FieldWorkKind.VehicleCheck, 9) })
            db.FieldWorkEvents.Add(new FieldWorkEvent
            {
                OwnerUnitId = longxiang, PersonId = officer, GridId = grid, Kind = kind, OccurredAt = october,
                ReceivedAt = october, Count = count, Status = FieldWorkStatus.Active,
            });
        var resident = new Resident
        {
            OwnerUnitId = longxiang, GridId = grid, Name = "龙祥新住户", IdNumber = "511526199001010011",
            Registration = Registration.Floating, KeyPersonCategory = KeyPersonCategory.Petitioner,
            RecordedAt = october, UpdatedAt = october, LastVerifiedAt = october,
        };
        db.RegistryRevisions.Add(new RegistryRevision
        {
            OwnerUnitId = longxiang, RecordKind = RegistryRecordKind.Resident, Resident = resident, Number = 1,
            Reason = RevisionReason.Created, RecordedBy = "demo-longxiang", At = october,
        });
        db.KeyPersonControls.Add(new KeyPersonControl
        {
            OwnerUnitId = longxiang, Resident = resident, PersonId = officer, Kind = KeyPersonControlKind.Talk,
            OccurredAt = october,
        });
    }

    /// <summary>Every field of the Statistics type but the period.</summary>
    private async Task<List<string>> StatisticsAsync()
    {
        var type = await factory.CreateGraphQLClient("demo-bureau")
            .QueryAsync("{ __type(name: \"Statistics\") { fields { name } } }");
        return [.. type["__type"]!["fields"]!.AsArray().Select(f => f!.Str("name")).Where(n => n != "period")];
    }

    /// <summary>Each statistic in every grouping, all its columns and the first half of them, as text: answers or
    /// refusals. Each is read alone (computed on the request's own database context) and with all the others in one
    /// request (each computed side by side on a context of its own, entered as the caller), and must read the same
    /// both ways.</summary>
    private async Task<Dictionary<string, string>> ReadEverythingAsync(string clientId,
        IReadOnlyList<string> statistics)
    {
        var client = factory.CreateGraphQLClient(clientId);
        var columns = new Dictionary<string, string>();
        foreach (var statistic in statistics) columns[statistic] = await ColumnsAsync(statistic);
        var (alone, together, part) = (statistics.ToDictionary(s => s, _ => new JsonArray()),
            statistics.ToDictionary(s => s, _ => new JsonArray()),
            statistics.ToDictionary(s => s, _ => new JsonArray()));
        foreach (var groupBy in Groupings)
        {
            foreach (var statistic in statistics)
            {
                alone[statistic].Add(AnswerOf(await client.PostAsync(Query(groupBy, $$"""
                    {{statistic}} { {{columns[statistic]}} }
                    """)), statistic));
                // A statistic may compute only what its columns ask for (dailyQuotas adds up in SQL without the days
                // meeting both quotas): the first half of its columns goes another way than all of them.
                var firstHalf = columns[statistic].Split(' ');
                part[statistic].Add(AnswerOf(await client.PostAsync(Query(groupBy, $$"""
                    {{statistic}} { {{string.Join(" ", firstHalf.Take((firstHalf.Length + 1) / 2))}} }
                    """)), statistic));
            }
            var all = await client.PostAsync(Query(groupBy,
                string.Join("\n", statistics.Select(statistic => $$"""{{statistic}} { {{columns[statistic]}} }"""))));
            foreach (var statistic in statistics) together[statistic].Add(AnswerOf(all, statistic));
        }
        foreach (var statistic in statistics)
            Assert.True(alone[statistic].ToJsonString() == together[statistic].ToJsonString(),
                $"`{statistic}` for {clientId} alone:\n{alone[statistic]}\nwith the others:\n{together[statistic]}");
        return statistics.ToDictionary(s => s, s => alone[s].ToJsonString() + part[s].ToJsonString());

        static string Query(string groupBy, string selection) => $$"""
            {
              statistics(from: "2026-01-01", to: "2027-01-01", bucket: MONTH, groupBy: {{groupBy}}) {
                {{selection}}
              }
            }
            """;

        // A statistic's rows, or the codes of the errors on its path.
        static JsonNode AnswerOf(GraphQLResponse response, string statistic) =>
            response.Data?["statistics"]?[statistic]?.DeepClone() ?? JsonValue.Create(string.Join(",",
                response.Errors.Where(e => e?["path"]?.AsArray().Any(p => p?.ToString() == statistic) != false)
                    .Select(e => e?["extensions"]?["code"]?.GetValue<string>())))!;
    }

    private async Task<string> ColumnsAsync(string statistic)
    {
        var type = await factory.CreateGraphQLClient("demo-bureau").QueryAsync("""
            { __type(name: "Statistics") {
                fields { name type {
                  ofType { fields { name } ofType { fields { name } ofType { fields { name } } } } } } } }
            """);
        // The row type lies under the list and non-null wrappers, however many there are.
        var row = type["__type"]!["fields"]!.AsArray().Single(f => f!.Str("name") == statistic)!["type"];
        while (row!["fields"] is null) row = row["ofType"];
        return string.Join(" ", row["fields"]!.AsArray().Select(f => f!.Str("name")));
    }
}
