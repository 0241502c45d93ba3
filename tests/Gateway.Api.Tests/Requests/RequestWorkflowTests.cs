using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Offices;
using Gateway.Api.Requests;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Requests;

/// <summary>The 110 → 4312345 loop over HTTP: every step in order, who took it, the four-level review, the steps
/// refused out of order, extensions, chases, return visits and scores. Runs on its own copy of the county.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class RequestWorkflowTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");
    private GraphQLClient Station => factory.CreateGraphQLClient("demo-station");
    private GraphQLClient Bureau => factory.CreateGraphQLClient("demo-bureau");

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode> ReceiveAsync(string kind = "CONSULTATION", string? number = null) =>
        (await Nanjing.SendAsync("receiveServiceRequest", new
        {
            unitId = IdOf(await factory.UnitAsync("nanjing")), number = number ?? $"T-{Guid.NewGuid():N}"[..20],
            kind, callerName = "欧阳明华", callerPhone = "13812345678", summary = "咨询居住证办理",
        })).Made("serviceRequest");

    private Task<string> DepartmentAsync(int index = 0) => factory.WithDbAsync(async db => Id("ExternalOrganisation",
        (await db.ExternalOrganisations.Where(o => o.Kind == ExternalOrganisationKind.Department)
            .OrderBy(o => o.Id).Skip(index).FirstAsync()).Id));

    /// <summary>A new request taken through the steps up to <paramref name="stage"/>, one account per review
    /// level.</summary>
    private async Task<JsonNode> ReachAsync(RequestStage stage, string kind = "CONSULTATION")
    {
        var request = await ReceiveAsync(kind);
        if (stage == RequestStage.UnderReview) return request;
        if (stage is RequestStage.PoliceMatter or RequestStage.Rejected)
            return await Nanjing.StepAsync("reviewServiceRequest", request, new
            {
                decision = stage == RequestStage.PoliceMatter ? "POLICE_MATTER" : "REJECTED", note = "重复来电",
            });
        request = await Nanjing.StepAsync("reviewServiceRequest", request, new { decision = "ESCALATED" });
        request = await Bureau.StepAsync("reviewServiceRequest", request, new { decision = "NON_POLICE_MATTER" });
        var steps = new (RequestStage Stage, string Mutation, object? More)[]
        {
            (RequestStage.Diverted, "divertServiceRequest", new { ticketNumber = $"4312345-{Guid.NewGuid():N}"[..30] }),
            (RequestStage.Dispatched, "dispatchServiceRequest", new { departmentId = await DepartmentAsync() }),
            (RequestStage.Accepted, "acceptServiceRequest", null),
            (RequestStage.Handled, "handleServiceRequest", null),
            (RequestStage.Replied, "replyServiceRequest", new { reply = "已答复" }),
            (RequestStage.Closed, "closeServiceRequest", null),
        };
        foreach (var step in steps.TakeWhile(s => s.Stage <= stage))
            request = await Nanjing.StepAsync(step.Mutation, request, step.More);
        return request;
    }

    [Fact]
    public async Task A_request_goes_through_every_step_in_order_each_recorded_with_its_account()
    {
        var officer = (await UserSignIn.SignInAsync(factory, "nanjing.officer")).Client;
        var request = await ReceiveAsync();
        Assert.Equal(("UNDER_REVIEW", 1), (request.Str("stage"), request["reviewLevel"]!.GetValue<int>()));

        foreach (var (level, reviewer) in new[] { Nanjing, officer, Station, Bureau }.Select((c, i) => (i + 1, c)))
        {
            Assert.Equal(level, request["reviewLevel"]!.GetValue<int>());
            request = await reviewer.StepAsync("reviewServiceRequest", request, new { decision = "NON_POLICE_MATTER" });
        }
        Assert.Equal("CLEARED", request.Str("stage"));
        var officerAccount = await factory.WithDbAsync(async db =>
            (await db.Users.SingleAsync(u => u.UserName == "nanjing.officer")).Id.ToString());
        Assert.Equal(["demo-nanjing", officerAccount, "demo-station", "demo-bureau"],
            request.Nodes("reviews").Select(r => r.Str("reviewer")));

        request = await Nanjing.StepAsync("divertServiceRequest", request, new { ticketNumber = "4312345-T-001" });
        var divertedAt = request["divertedAt"]!.GetValue<DateTime>().ToUniversalTime();
        var expected = factory.Services.GetRequiredService<RequestDeadlines>()
            .DeadlineOf(RequestKind.Consultation, divertedAt);
        Assert.Equal(expected, request["deadline"]!.GetValue<DateTime>().ToUniversalTime());

        var (first, second) = (await DepartmentAsync(0), await DepartmentAsync(1));
        request = await Nanjing.StepAsync("dispatchServiceRequest", request, new { departmentId = first });
        request = await Nanjing.StepAsync("redispatchServiceRequest", request,
            new { departmentId = second, reason = "非本部门职责" });
        Assert.Equal(second, request.RefId("department"));
        var dispatches = request.Nodes("dispatches");
        Assert.Equal([first, second], dispatches.Select(d => d.RefId("department")));
        Assert.NotNull(dispatches[0]["endedAt"]);
        Assert.Equal("非本部门职责", dispatches[1].Str("reason"));

        foreach (var (mutation, more) in new (string, object?)[]
            {
                ("acceptServiceRequest", null), ("handleServiceRequest", null),
                ("replyServiceRequest", new { reply = "已答复来电人" }), ("closeServiceRequest", null),
            })
            request = await Nanjing.StepAsync(mutation, request, more);
        Assert.Equal(("CLOSED", true, false), (request.Str("stage"), request["onTime"]!.GetValue<bool>(),
            request["overdue"]!.GetValue<bool>()));
        Assert.NotNull(request.Nodes("dispatches")[1]["acceptedAt"]);

        var visit = (await Station.SendAsync("recordReturnVisit",
            new { requestId = request.Str("id"), channel = "SMS", satisfied = true })).Made("returnVisit");
        var scoring = (await Station.SendAsync("scoreServiceRequest", new
        {
            requestId = request.Str("id"), effectiveness = 90, residentsEvaluation = 95, procedure = 100,
        })).Made("scoring");
        Assert.Equal(("demo-station", "demo-station", second),
            (visit.Str("visitedBy"), scoring.Str("scoredBy"), scoring.RefId("department")));
    }

    [Fact]
    public async Task An_escalation_goes_straight_to_level_4_which_decides_alone_and_cannot_escalate()
    {
        var request = await Nanjing.StepAsync("reviewServiceRequest", await ReceiveAsync(),
            new { decision = "ESCALATED" });

        var again = await Nanjing.SendAsync("reviewServiceRequest", new
        {
            requestId = request.Str("id"), version = request["version"]!.GetValue<int>(), decision = "POLICE_MATTER",
        });
        var escalatedAtTop = await Bureau.SendAsync("reviewServiceRequest", new
        {
            requestId = request.Str("id"), version = request["version"]!.GetValue<int>(), decision = "ESCALATED",
        });
        var decided = await Bureau.StepAsync("reviewServiceRequest", request, new { decision = "POLICE_MATTER" });

        Assert.Equal(4, request["reviewLevel"]!.GetValue<int>());
        Assert.Equal(("ReviewerAlreadyReviewedError", "REVIEWER_ALREADY_REVIEWED", "input.requestId"),
            again.Refusal("serviceRequest"));
        Assert.Equal(("CannotEscalateError", "CANNOT_ESCALATE", "input.decision"),
            escalatedAtTop.Refusal("serviceRequest"));
        Assert.Equal(("POLICE_MATTER", null), (decided.Str("stage"), decided["reviewLevel"]?.GetValue<int>()));
        Assert.Equal([1, 4], decided.Nodes("reviews").Select(r => r["level"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_rejection_needs_its_reason_and_ends_the_request()
    {
        var request = await ReceiveAsync();

        var bare = await Nanjing.SendAsync("reviewServiceRequest",
            new { requestId = request.Str("id"), version = 0, decision = "REJECTED" });
        var rejected = await Nanjing.StepAsync("reviewServiceRequest", request,
            new { decision = "REJECTED", note = "谎报情况" });

        Assert.Equal(("ValidationError", "VALIDATION", "input.note"), bare.Refusal("serviceRequest"));
        Assert.Equal(("REJECTED", "谎报情况"), (rejected.Str("stage"), rejected.Str("rejectionReason")));
    }

    /// <summary>Each step taken at a stage it does not fit is refused with the code naming the stage it needs, and
    /// nothing changes.</summary>
    [Theory]
    [InlineData(RequestStage.PoliceMatter, "reviewServiceRequest", "REQUEST_NOT_UNDER_REVIEW")]
    [InlineData(RequestStage.Rejected, "divertServiceRequest", "REQUEST_NOT_CLEARED")]
    [InlineData(RequestStage.UnderReview, "divertServiceRequest", "REQUEST_NOT_CLEARED")]
    [InlineData(RequestStage.Cleared, "reviewServiceRequest", "REQUEST_NOT_UNDER_REVIEW")]
    [InlineData(RequestStage.Cleared, "dispatchServiceRequest", "REQUEST_NOT_DIVERTED")]
    [InlineData(RequestStage.Diverted, "acceptServiceRequest", "REQUEST_NOT_DISPATCHED")]
    [InlineData(RequestStage.Diverted, "redispatchServiceRequest", "REQUEST_NOT_WITH_DEPARTMENT")]
    [InlineData(RequestStage.Handled, "redispatchServiceRequest", "REQUEST_NOT_WITH_DEPARTMENT")]
    [InlineData(RequestStage.Dispatched, "handleServiceRequest", "REQUEST_NOT_ACCEPTED")]
    [InlineData(RequestStage.Accepted, "replyServiceRequest", "REQUEST_NOT_HANDLED")]
    [InlineData(RequestStage.Handled, "closeServiceRequest", "REQUEST_NOT_REPLIED")]
    [InlineData(RequestStage.Closed, "dispatchServiceRequest", "REQUEST_NOT_DIVERTED")]
    [InlineData(RequestStage.Accepted, "recordReturnVisit", "REQUEST_NOT_ANSWERED")]
    [InlineData(RequestStage.Replied, "requestDeadlineExtension", "REQUEST_NOT_OPEN")]
    [InlineData(RequestStage.Cleared, "chaseServiceRequest", "REQUEST_NOT_OPEN")]
    public async Task A_step_out_of_order_is_refused_with_the_stage_it_needs(RequestStage stage, string mutation,
        string code)
    {
        var request = await ReachAsync(stage);
        var before = await factory.WithDbAsync(db => db.ServiceRequests.AsNoTracking()
            .SingleAsync(r => r.Id == JsonExtensions.RowId(request.Str("id"), "ServiceRequest")));
        var input = new Dictionary<string, object?>
        {
            ["requestId"] = request.Str("id"), ["version"] = request["version"]!.GetValue<int>(),
            ["decision"] = "NON_POLICE_MATTER", ["ticketNumber"] = "4312345-X",
            ["departmentId"] = await DepartmentAsync(1),
            ["reason"] = "改派", ["reply"] = "答复", ["channel"] = "PHONE", ["satisfied"] = true, ["workingDays"] = 2,
            ["note"] = "催办",
        };
        var (inputType, _) = RequestFlow.Mutations[mutation];
        var fields = await InputFieldsAsync(inputType);

        var payload = await Nanjing.SendAsync(mutation, input.Where(f => fields.Contains(f.Key))
            .ToDictionary(f => f.Key, f => f.Value));

        var error = Assert.Single(payload.Items("errors"));
        Assert.Equal(("RequestStageError", code), (error.Str("__typename"), error.Str("code")));
        var after = await factory.WithDbAsync(db =>
            db.ServiceRequests.AsNoTracking().SingleAsync(r => r.Id == before.Id));
        Assert.Equal((before.Stage, before.Version), (after.Stage, after.Version));
    }

    private async Task<HashSet<string>> InputFieldsAsync(string inputType)
    {
        var type = await Bureau.QueryAsync("query($name: String!) { __type(name: $name) { inputFields { name } } }",
            new { name = inputType });
        return [.. type["__type"]!.Items("inputFields").Select(f => f.Str("name"))];
    }

    [Fact]
    public async Task Dispatch_goes_to_departments_only()
    {
        var request = await ReachAsync(RequestStage.Diverted);
        var committee = await factory.WithDbAsync(async db => Id("ExternalOrganisation", (await db.ExternalOrganisations
            .FirstAsync(o => o.Kind != ExternalOrganisationKind.Department)).Id));

        var payload = await Nanjing.SendAsync("dispatchServiceRequest", new
        {
            requestId = request.Str("id"), version = request["version"]!.GetValue<int>(), departmentId = committee,
        });

        Assert.Equal(("NotADepartmentError", "NOT_A_DEPARTMENT", "input.departmentId"),
            payload.Refusal("serviceRequest"));
    }

    [Fact]
    public async Task An_extension_is_decided_by_another_account_once_and_moves_the_deadline()
    {
        var request = await ReachAsync(RequestStage.Accepted);
        var deadline = request["deadline"]!.GetValue<DateTime>().ToUniversalTime();

        var asked = (await Nanjing.SendAsync("requestDeadlineExtension",
            new { requestId = request.Str("id"), workingDays = 2, reason = "需现场核查" })).Made("extension");
        var second = await Nanjing.SendAsync("requestDeadlineExtension",
            new { requestId = request.Str("id"), workingDays = 1, reason = "再延" });
        var self = await Nanjing.SendAsync("approveDeadlineExtension", new { id = asked.Str("id"), version = 0 });
        var approved = (await Station.SendAsync("approveDeadlineExtension",
            new { id = asked.Str("id"), version = 0, note = "同意" })).Made("extension");
        var twice = await Bureau.SendAsync("declineDeadlineExtension", new { id = asked.Str("id"), version = 1 });

        Assert.Equal(("ExtensionAlreadyOpenError", "EXTENSION_ALREADY_OPEN", "input.requestId"),
            second.Refusal("extension"));
        Assert.Equal(("ExtensionSelfApprovalError", "EXTENSION_SELF_APPROVAL", "input.id"), self.Refusal("extension"));
        Assert.Equal(("ExtensionDecidedError", "EXTENSION_DECIDED", "input.id"), twice.Refusal("extension"));
        var moved = factory.Services.GetRequiredService<RequestDeadlines>().Extended(deadline, 2);
        Assert.Equal(("APPROVED", "demo-station", moved), (approved.Str("decision"), approved.Str("decidedBy"),
            approved["deadlineAfter"]!.GetValue<DateTime>().ToUniversalTime()));
        Assert.Equal(moved, await factory.WithDbAsync(db => db.ServiceRequests
            .Where(r => r.Id == JsonExtensions.RowId(request.Str("id"), "ServiceRequest"))
            .Select(r => r.Deadline!.Value).SingleAsync()));
    }

    [Fact]
    public async Task Scores_are_checked_for_range_given_after_a_return_visit_and_set_once()
    {
        var request = await ReachAsync(RequestStage.Replied);
        object Scores(int effectiveness) => new
        {
            requestId = request.Str("id"), effectiveness, residentsEvaluation = 80, procedure = 90,
        };

        var early = await Nanjing.SendAsync("scoreServiceRequest", Scores(90));
        await Nanjing.SendAsync("recordReturnVisit", new { requestId = request.Str("id"), channel = "IN_PERSON",
            satisfied = false, note = "不满意" });
        var tooHigh = await Nanjing.SendAsync("scoreServiceRequest", Scores(101));
        var tooLow = await Nanjing.SendAsync("scoreServiceRequest", Scores(-1));
        (await Nanjing.SendAsync("scoreServiceRequest", Scores(100))).Made("scoring");
        var twice = await Nanjing.SendAsync("scoreServiceRequest", Scores(70));

        Assert.Equal(("ReturnVisitMissingError", "RETURN_VISIT_MISSING", "input.requestId"), early.Refusal("scoring"));
        Assert.Equal(("ScoreOutOfRangeError", "SCORE_OUT_OF_RANGE", "input.effectiveness"), tooHigh.Refusal("scoring"));
        Assert.Equal(("ScoreOutOfRangeError", "SCORE_OUT_OF_RANGE", "input.effectiveness"), tooLow.Refusal("scoring"));
        Assert.Equal(("AlreadyScoredError", "ALREADY_SCORED", "input.requestId"), twice.Refusal("scoring"));
    }

    [Fact]
    public async Task The_chase_job_run_twice_raises_one_chase_per_request_and_deadline_passed()
    {
        var job = factory.Services.GetRequiredService<RequestChaseJob>();
        var now = DateTime.UtcNow;
        var due = await factory.WithDbAsync(db => db.ServiceRequests.AsNoTracking()
            .Where(r => r.Deadline < now && !ServiceRequest.Answered.Contains(r.Stage))
            .CountAsync(r =>
                !db.RequestChases.Any(c => c.RequestId == r.Id && c.Automatic && c.Deadline == r.Deadline)));

        var first = await job.RaiseChasesAsync(CancellationToken.None);
        var second = await job.RaiseChasesAsync(CancellationToken.None);
        var concurrent = await Task.WhenAll(job.RaiseChasesAsync(CancellationToken.None),
            job.RaiseChasesAsync(CancellationToken.None));

        Assert.True(due > 0, "The seed has requests past their deadline that nothing chased for it yet.");
        Assert.Equal((due, 0, 0), (first, second, concurrent.Sum()));
        var perDeadline = await factory.WithDbAsync(db => db.RequestChases.Where(c => c.Automatic)
            .GroupBy(c => new { c.RequestId, c.Deadline }).Select(g => g.Count()).MaxAsync());
        Assert.Equal(1, perDeadline);
        // Every chase the job raised is named in the audit trail, as the system's.
        var audited = await factory.WithDbAsync(db => db.AuditRecords.AsNoTracking()
            .Where(r => r.Operation == RequestChaseJob.AuditOperation).ToListAsync());
        Assert.All(audited, r => Assert.Equal(("system", AuditOutcome.Succeeded), (r.Actor, r.Outcome)));
        Assert.Equal(due, audited.Sum(r => r.ObjectIds.Split(',').Length));
    }

    [Fact]
    public async Task The_efficiency_office_chases_by_hand_only_past_the_deadline()
    {
        var fresh = await ReachAsync(RequestStage.Dispatched);
        var overdue = await factory.WithDbAsync(async db => Id("ServiceRequest", (await db.ServiceRequests
            .Where(r => r.Stage == RequestStage.Accepted && r.Deadline < DateTime.UtcNow).FirstAsync()).Id));

        var early = await Bureau.SendAsync("chaseServiceRequest", new { requestId = fresh.Str("id"), note = "请尽快办理" });
        var chase = (await Bureau.SendAsync("chaseServiceRequest", new { requestId = overdue, note = "请尽快办理" }))
            .Made("chase");

        Assert.Equal(("RequestNotOverdueError", "REQUEST_NOT_OVERDUE", "input.requestId"), early.Refusal("chase"));
        Assert.Equal((false, "demo-bureau"), (chase["automatic"]!.GetValue<bool>(), chase.Str("chasedBy")));
    }
}
