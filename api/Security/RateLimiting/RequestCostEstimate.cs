namespace Gateway.Api.Security.RateLimiting;

/// <summary>
/// The estimated cost of this request's operation, as validation computed it; null
/// until then and for introspection, which is answered from memory. The principal's cost budget is charged with it.
/// </summary>
public sealed class RequestCostEstimate
{
    public double? Value { get; set; }
}
