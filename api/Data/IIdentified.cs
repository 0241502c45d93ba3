namespace Gateway.Api.Data;

/// <summary>A row with a numeric key, which global ids and mutations name it by: every entity, and accounts.</summary>
public interface IIdentified
{
    long Id { get; }
}
