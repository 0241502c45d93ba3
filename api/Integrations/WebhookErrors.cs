using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Integrations;

[Description("The receiver URL is not accepted: https only (plain http to a loopback address in Development and "
    + "Testing), absolute, without user name or fragment. Nothing was changed.")]
public sealed record WebhookUrlError(IReadOnlyList<string> Path) : MutationError("WEBHOOK_URL_REFUSED",
    new("接收地址须为绝对 https 地址,不含用户名和片段。",
        "The receiver must be an absolute https URL without user name or fragment."), Path);

[Description("Only a dead-lettered delivery is replayed; this one is pending or delivered. Nothing was changed.")]
public sealed record WebhookDeliveryNotDeadLetteredError(WebhookDeliveryStatus Status, IReadOnlyList<string> Path)
    : MutationError("WEBHOOK_DELIVERY_NOT_DEAD_LETTERED",
        new($"仅可重放死信投递,该投递状态为{EnumNames.Zh(Status)}。",
            $"Only a dead-lettered delivery is replayed; this one is {EnumNames.Schema(Status)}."), Path);
