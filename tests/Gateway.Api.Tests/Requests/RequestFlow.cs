using System.Text.Json.Nodes;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;

namespace Gateway.Api.Tests.Requests;

/// <summary>Sends the request mutations the way a client does.</summary>
internal static class RequestFlow
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";
    public const string RequestFields = "id number stage reviewLevel rejectionReason ticketNumber divertedAt deadline "
        + "repliedAt closedAt overdue onTime version callerName callerPhone department { id } "
        + "dispatches { nodes { department { id } reason acceptedAt endedAt } } "
        + "reviews { nodes { level decision reviewer } }";

    public static readonly IReadOnlyDictionary<string, (string Input, string Result)> Mutations =
        new Dictionary<string, (string, string)>
        {
            ["receiveServiceRequest"] = ("ReceiveServiceRequestInput", $"serviceRequest {{ {RequestFields} }}"),
            ["reviewServiceRequest"] = ("ReviewServiceRequestInput", $"serviceRequest {{ {RequestFields} }}"),
            ["divertServiceRequest"] = ("DivertServiceRequestInput", $"serviceRequest {{ {RequestFields} }}"),
            ["dispatchServiceRequest"] = ("DispatchServiceRequestInput", $"serviceRequest {{ {RequestFields} }}"),
            ["redispatchServiceRequest"] = ("RedispatchServiceRequestInput", $"serviceRequest {{ {RequestFields} }}"),
            ["acceptServiceRequest"] = ("AcceptServiceRequestInput", $"serviceRequest {{ {RequestFields} }}"),
            ["handleServiceRequest"] = ("HandleServiceRequestInput", $"serviceRequest {{ {RequestFields} }}"),
            ["replyServiceRequest"] = ("ReplyServiceRequestInput", $"serviceRequest {{ {RequestFields} }}"),
            ["closeServiceRequest"] = ("CloseServiceRequestInput", $"serviceRequest {{ {RequestFields} }}"),
            ["chaseServiceRequest"] = ("ChaseServiceRequestInput", "chase { id automatic deadline chasedBy }"),
            ["requestDeadlineExtension"] = ("RequestDeadlineExtensionInput",
                "extension { id version deadlineBefore deadlineAfter decision requestedBy }"),
            ["approveDeadlineExtension"] = ("ApproveDeadlineExtensionInput",
                "extension { id version deadlineBefore deadlineAfter decision decidedBy }"),
            ["declineDeadlineExtension"] = ("DeclineDeadlineExtensionInput",
                "extension { id version deadlineBefore deadlineAfter decision decidedBy }"),
            ["recordReturnVisit"] = ("RecordReturnVisitInput", "returnVisit { id channel satisfied visitedBy }"),
            ["scoreServiceRequest"] = ("ScoreServiceRequestInput",
                "scoring { id effectiveness residentsEvaluation procedure scoredBy department { id } }"),
        };

    public static async Task<JsonNode> SendAsync(this GraphQLClient client, string mutation, object input)
    {
        var (inputType, result) = Mutations[mutation];
        var response = await client.PostAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {result} {Errors} }} }}", new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    /// <summary>Takes the step on <paramref name="request"/> at its current version; the request afterwards.</summary>
    public static async Task<JsonNode> StepAsync(this GraphQLClient client, string mutation, JsonNode request,
        object? more = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["requestId"] = request.Str("id"), ["version"] = request["version"]!.GetValue<int>(),
        };
        foreach (var property in more?.GetType().GetProperties() ?? [])
            input[property.Name] = property.GetValue(more);
        return (await client.SendAsync(mutation, input)).Made("serviceRequest");
    }
}
