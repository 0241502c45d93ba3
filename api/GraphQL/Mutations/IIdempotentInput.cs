namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// The input of a mutation that creates, which a terminal on a bad network may send again: the same caller, key and
/// input create once, and every retry answers the first payload.
/// </summary>
public interface IIdempotentInput
{
    /// <summary>Chosen by the caller, unique per change they mean (a UUID serves); at most 100 characters.</summary>
    string? IdempotencyKey { get; }
}
