using System.Globalization;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Informants;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Informants;

/// <summary>
/// The informant mutations over HTTP, as the county bureau's integration sends them: registration, authorisation,
/// handovers, tasking and contacts, tips and the reward ledger. Runs on its own copy of the county.
/// </summary>
[Collection(CountyChangesCollection.Name)]
public sealed class InformantMutationTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private const string RewardFields = "reward { id amount status entries(first: 20) { nodes { kind amount } } }";

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Bureau => factory.CreateGraphQLClient("demo-bureau");

    private static string Id(string type, long id) => GlobalId.Encode(type, id);

    private async Task<long> InformantInAsync(InformantStatus status)
    {
        var statuses = await factory.RecountedStatusesAsync();
        return statuses.Where(s => s.Value == status).Min(s => s.Key);
    }

    [Fact]
    public async Task Seeded_informants_lapse_when_no_authorisation_covers_today()
    {
        var recounted = await factory.RecountedStatusesAsync();

        var read = await Bureau.ReadAllAsync("informants", "id status authorisedUntil", pageSize: 50);

        Assert.Equal(recounted.OrderBy(s => s.Key).Select(s => (Id("Informant", s.Key), s.Value.ToString())),
            read.Select(i => (i.Str("id"), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(
                i.Str("status").ToLowerInvariant()))));
        Assert.True(recounted.Count(s => s.Value == InformantStatus.Lapsed) >= 4, "The demo should hold lapsed ones.");
        Assert.Contains(recounted.Values, s => s == InformantStatus.Deactivated);
        Assert.Contains(read, i => i.Str("status") == "ACTIVE");
    }

    [Fact]
    public async Task A_lapsed_informant_is_neither_tasked_nor_met_until_renewed_from_today()
    {
        var lapsed = await InformantInAsync(InformantStatus.Lapsed);
        var handler = await factory.HolderAsync(lapsed, HandlingRole.Handler);
        var today = factory.Today();
        var task = new { informantId = Id("Informant", lapsed), direction = "关注出租屋", dueBy = today.AddDays(7) };

        var refusedTask = await Bureau.SendAsync("taskInformant", task, "tasking { id }");
        var refusedContact = await Bureau.SendAsync("logInformantContact", new
        {
            informantId = Id("Informant", lapsed), method = "PHONE", contactedAt = DateTime.UtcNow.AddHours(-1),
            officerId = Id("Person", handler),
        }, "contact { id }");
        var renewed = (await Bureau.SendAsync("renewInformantAuthorisation",
            new { informantId = Id("Informant", lapsed) },
            "authorisation { kind validFrom validUntil informant { status authorisedUntil } }")).Made("authorisation");
        var tasked = (await Bureau.SendAsync("taskInformant", task, "tasking { direction dueBy }")).Made("tasking");

        Assert.Equal(("InformantLapsedError", "INFORMANT_LAPSED", "input.informantId"), refusedTask.Refusal("tasking"));
        Assert.Equal("INFORMANT_LAPSED", refusedContact.Refusal("contact").Code);
        Assert.Equal(("RENEWED", today.ToString("yyyy-MM-dd"), today.AddMonths(12).AddDays(-1).ToString("yyyy-MM-dd")),
            (renewed.Str("kind"), renewed.Str("validFrom"), renewed.Str("validUntil")));
        Assert.Equal("ACTIVE", renewed["informant"]!.Str("status"));
        Assert.Equal("关注出租屋", tasked.Str("direction"));
        var again = await Bureau.SendAsync("renewInformantAuthorisation", new { informantId = Id("Informant", lapsed) },
            "authorisation { id }");
        Assert.Equal("AUTHORISATION_RUNNING", again.Refusal("authorisation").Code);
    }

    [Fact]
    public async Task A_contact_is_logged_by_the_handler_or_controller_of_its_day_and_nobody_else()
    {
        var active = await InformantInAsync(InformantStatus.Active);
        var handler = await factory.HolderAsync(active, HandlingRole.Handler);
        var controller = await factory.HolderAsync(active, HandlingRole.Controller);
        var stranger = await factory.WithDbAsync(db => db.People
            .Where(p => p.Id != handler && p.Id != controller).Select(p => p.Id).FirstAsync());
        object Contact(long officer) => new
        {
            informantId = Id("Informant", active), method = "MEETING", contactedAt = DateTime.UtcNow.AddHours(-2),
            direction = "留意夜市摊点", officerId = Id("Person", officer),
        };

        var byHandler = (await Bureau.SendAsync("logInformantContact", Contact(handler),
            "contact { officer { id } direction }")).Made("contact");
        var byController = (await Bureau.SendAsync("logInformantContact", Contact(controller), "contact { id }"))
            .Made("contact");
        var byStranger = await Bureau.SendAsync("logInformantContact", Contact(stranger), "contact { id }");

        Assert.Equal(Id("Person", handler), byHandler.RefId("officer"));
        Assert.NotNull(byController["id"]);
        Assert.Equal(("NotHandlingInformantError", "NOT_HANDLING_INFORMANT", "input.officerId"),
            byStranger.Refusal("contact"));
    }

    [Fact]
    public async Task A_handover_ends_the_running_period_the_day_before_and_never_makes_the_handler_controller()
    {
        var active = await InformantInAsync(InformantStatus.Active);
        var handler = await factory.HolderAsync(active, HandlingRole.Handler);
        var controller = await factory.HolderAsync(active, HandlingRole.Controller);
        var today = factory.Today();
        var running = await factory.WithDbAsync(db => db.InformantHandlings.AsNoTracking()
            .SingleAsync(h => h.InformantId == active && h.Role == HandlingRole.Handler && h.To == null));
        var newcomer = await factory.WithDbAsync(db => db.People
            .Where(p => p.Id != handler && p.Id != controller && p.DeactivatedOn == null).Select(p => p.Id)
            .FirstAsync());
        object Assign(long person, DateOnly on) =>
            new { informantId = Id("Informant", active), personId = Id("Person", person), on };

        var handlerAsController = await Bureau.SendAsync("assignInformantController", Assign(handler, today),
            "handling { id }");
        var controllerAsHandler = await Bureau.SendAsync("assignInformantHandler", Assign(controller, today),
            "handling { id }");
        var tooEarly = await Bureau.SendAsync("assignInformantHandler", Assign(newcomer, running.From),
            "handling { id }");
        var handedOver = (await Bureau.SendAsync("assignInformantHandler", Assign(newcomer, today),
            "handling { role from to person { id } }")).Made("handling");

        Assert.Equal("HANDLER_IS_CONTROLLER", handlerAsController.Refusal("handling").Code);
        Assert.Equal("HANDLER_IS_CONTROLLER", controllerAsHandler.Refusal("handling").Code);
        Assert.Equal(("HANDOVER_BEFORE_PERIOD_START", "input.on"),
            (tooEarly.Refusal("handling").Code, tooEarly.Refusal("handling").Path));
        Assert.Equal(("HANDLER", today.ToString("yyyy-MM-dd"), Id("Person", newcomer)),
            (handedOver.Str("role"), handedOver.Str("from"), handedOver.RefId("person")));
        Assert.Equal(today.AddDays(-1), (await factory.WithDbAsync(db =>
            db.InformantHandlings.AsNoTracking().SingleAsync(h => h.Id == running.Id))).To);
    }

    [Fact]
    public async Task A_reward_is_offered_within_range_approved_by_someone_other_than_the_handler_paid_and_corrected()
    {
        var active = await InformantInAsync(InformantStatus.Active);
        var handler = await factory.HolderAsync(active, HandlingRole.Handler);
        var controller = await factory.HolderAsync(active, HandlingRole.Controller);
        var tip = (await Bureau.SendAsync("recordTip", new
        {
            informantId = Id("Informant", active), content = "夜间有人撬电动车锁", sourceReliability = "RELIABLE",
            assessment = "KNOWN_DIRECTLY", receivedAt = DateTime.UtcNow.AddHours(-1),
            receivedById = Id("Person", handler),
        }, "tip { id version useful }")).Made("tip");
        var tipId = tip.Str("id");

        var notUseful = await Bureau.SendAsync("offerReward", new { tipId, amount = 200 }, RewardFields);
        (await Bureau.SendAsync("markTipUseful", new { id = tipId, version = tip["version"]!.GetValue<int>() },
            "tip { useful }")).Made("tip");
        var disseminated = (await Bureau.SendAsync("disseminateTip",
            new { tipId, recipients = new[] { "县局治安大队", "城区特巡警中队" } },
            "tip { disseminations(first: 10) { nodes { recipient } } }")).Made("tip");
        var tooSmall = await Bureau.SendAsync("offerReward", new { tipId, amount = 40 }, RewardFields);
        var tooLarge = await Bureau.SendAsync("offerReward", new { tipId, amount = 501 }, RewardFields);
        var offered = (await Bureau.SendAsync("offerReward", new { tipId, amount = 200 }, RewardFields)).Made("reward");
        var rewardId = offered.Str("id");
        var paidEarly = await Bureau.SendAsync("payReward", new { rewardId }, RewardFields);
        var byHandler = await Bureau.SendAsync("approveReward",
            new { rewardId, approverId = Id("Person", handler) }, RewardFields);
        var approved = (await Bureau.SendAsync("approveReward",
            new { rewardId, approverId = Id("Person", controller) }, RewardFields)).Made("reward");
        var paid = (await Bureau.SendAsync("payReward", new { rewardId }, RewardFields)).Made("reward");
        var outOfRange = await Bureau.SendAsync("correctReward",
            new { rewardId, correctedAmount = 600, reason = "录入错误" }, RewardFields);
        var corrected = (await Bureau.SendAsync("correctReward",
            new { rewardId, correctedAmount = 150, reason = "按规定核减" }, RewardFields)).Made("reward");

        Assert.Equal("TIP_NOT_USEFUL", notUseful.Refusal("reward").Code);
        Assert.Equal(["县局治安大队", "城区特巡警中队"], disseminated.Nodes("disseminations").Select(d => d.Str("recipient")));
        Assert.Equal(("RewardOutOfRangeError", "REWARD_OUT_OF_RANGE", "input.amount"), tooSmall.Refusal("reward"));
        Assert.Equal("REWARD_OUT_OF_RANGE", tooLarge.Refusal("reward").Code);
        Assert.Equal((200m, "OFFERED"), (offered["amount"]!.GetValue<decimal>(), offered.Str("status")));
        Assert.Equal("REWARD_NOT_IN_STATUS", paidEarly.Refusal("reward").Code);
        Assert.Equal(("RewardApproverWasHandlerError", "REWARD_APPROVER_WAS_HANDLER", "input.approverId"),
            byHandler.Refusal("reward"));
        Assert.Equal("APPROVED", approved.Str("status"));
        Assert.Equal("PAID", paid.Str("status"));
        Assert.Equal("REWARD_OUT_OF_RANGE", outOfRange.Refusal("reward").Code);
        Assert.Equal((150m, "PAID"), (corrected["amount"]!.GetValue<decimal>(), corrected.Str("status")));
        Assert.Equal([("OFFERED", (decimal?)200m), ("APPROVED", null), ("PAID", null), ("CORRECTED", -50m)],
            corrected.Nodes("entries").Select(e => (e.Str("kind"), e["amount"]?.GetValue<decimal>())));
    }

    [Fact]
    public async Task The_one_who_offered_a_reward_does_not_approve_it()
    {
        var session = await UserSignIn.SignInAsync(factory, "intel.officer");
        var self = await factory.WithDbAsync(db =>
            db.Users.Where(u => u.UserName == "intel.officer").Select(u => u.PersonId!.Value).SingleAsync());
        var tipId = await factory.WithDbAsync(db => db.Tips
            .Where(t => t.Useful
                && !db.InformantHandlings.Any(h => h.InformantId == t.InformantId && h.PersonId == self)
                && db.Informants.Any(i => i.Id == t.InformantId && i.DeactivatedOn == null
                    && i.OwnerUnit!.Code == "xunchang"))
            .Select(t => t.Id).FirstAsync());

        var offered = (await session.Client.SendAsync("offerReward", new { tipId = Id("Tip", tipId), amount = 100 },
            "reward { id offeredBy { id } }")).Made("reward");
        var approved = await session.Client.SendAsync("approveReward", new { rewardId = offered.Str("id") },
            "reward { id }");

        Assert.Equal(Id("Person", self), offered.RefId("offeredBy"));
        Assert.Equal("REWARD_APPROVER_WAS_OFFERER", approved.Refusal("reward").Code);
    }

    [Fact]
    public async Task A_deactivated_informant_keeps_the_file_and_takes_no_more_work()
    {
        var active = await InformantInAsync(InformantStatus.Active);
        var version = await factory.WithDbAsync(db => db.Informants.Where(i => i.Id == active)
            .Select(i => i.Version).SingleAsync());
        var input = new { id = Id("Informant", active), version, reason = "本人申请退出" };

        var deactivated = (await Bureau.SendAsync("deactivateInformant", input,
            "informant { status deactivatedOn deactivationReason handlings(first: 20) { nodes { to } } }"))
            .Made("informant");
        var stale = await Bureau.SendAsync("deactivateInformant", input, "informant { id }");
        var tasked = await Bureau.SendAsync("taskInformant", new
        {
            informantId = Id("Informant", active), direction = "x", dueBy = factory.Today().AddDays(1),
        }, "tasking { id }");

        Assert.Equal(("DEACTIVATED", factory.Today().ToString("yyyy-MM-dd"), "本人申请退出"),
            (deactivated.Str("status"), deactivated.Str("deactivatedOn"), deactivated.Str("deactivationReason")));
        Assert.All(deactivated.Nodes("handlings"), h => Assert.NotNull(h["to"]));
        Assert.Equal("CONFLICT", stale.Refusal("informant").Code);
        Assert.Equal(("InformantDeactivatedError", "INFORMANT_DEACTIVATED", "input.informantId"),
            tasked.Refusal("tasking"));
    }

    [Fact]
    public async Task A_registered_identity_is_in_no_payload_error_or_audit_record_of_a_caller_not_entitled()
    {
        var nanjing = await factory.UnitAsync("nanjing");
        var (handler, controller) = await factory.WithDbAsync(async db =>
        {
            var informant = await db.Informants.Where(i => i.OwnerUnitId == nanjing.Id).Select(i => i.Id).FirstAsync();
            return (await db.InformantHandlings.Where(h => h.InformantId == informant && h.Role == HandlingRole.Handler)
                    .Select(h => h.PersonId).FirstAsync(),
                await db.InformantHandlings.Where(h => h.InformantId == informant && h.Role == HandlingRole.Controller)
                    .Select(h => h.PersonId).FirstAsync());
        });
        var lastAudit = await factory.LastAuditIdAsync();
        object Register(string idNumber, string codeName) => new
        {
            unitId = Id("OrgUnit", nanjing.Id), codeName, occupation = "TAXI_DRIVER",
            recruitedOn = factory.Today().AddDays(-1), realName = "钱秘名", idNumber, phone = "13987654321",
            handlerId = Id("Person", handler), controllerId = Id("Person", controller), idempotencyKey = codeName,
        };
        const string Result = "informant { id codeName status authorisedUntil identity { realName idNumber phone } "
            + "handlings(first: 5) { nodes { role } } authorisations(first: 5) { nodes { kind } } }";

        var bad = await Bureau.PostAsync("mutation($input: RegisterInformantInput!) { registerInformant(input: $input) "
            + "{ informant { id } errors { ... on Error { code message path } } } }",
            new { input = Register("110105194912310021", "NJ-XX-901") });
        var taken = await Bureau.SendAsync("registerInformant", Register("11010519491231002X", "NJ-XX-001"), Result);
        var made = await Bureau.PostAsync(
            "mutation($input: RegisterInformantInput!) { registerInformant(input: $input) "
            + "{ " + Result + " errors { ... on Error { code message path } } } }",
            new { input = Register("11010519491231002X", "NJ-XX-902") });

        Assert.Equal("VALIDATION", bad.Data!["registerInformant"]!.Items("errors").Single().Str("code"));
        Assert.Equal("CODE_NAME_TAKEN", taken.Refusal("informant").Code);
        var informant = made.Data!["registerInformant"]!.Made("informant");
        Assert.Null(informant["identity"]);
        Assert.Equal("ACTIVE", informant.Str("status"));
        Assert.Equal(["CONTROLLER", "HANDLER"], informant.Nodes("handlings").Select(h => h.Str("role")).Order());
        Assert.Equal(["GRANTED"], informant.Nodes("authorisations").Select(a => a.Str("kind")));
        var audit = await factory.WithDbAsync(db => db.AuditRecords.AsNoTracking().Where(r => r.Id > lastAudit)
            .ToListAsync());
        Assert.Contains(audit, r => r.Outcome == AuditOutcome.Failed
            && r.Operation == Api.GraphQL.Mutations.MutationRunner.AuditOperationPrefix + "registerInformant");
        var everything = bad.Body + taken.ToJsonString() + made.Body
            + string.Join('\n', audit.Select(r => System.Text.Json.JsonSerializer.Serialize(r)));
        foreach (var secret in (string[])["钱秘名", "11010519491231002", "13987654321"])
            Assert.DoesNotContain(secret, everything);
    }
}
