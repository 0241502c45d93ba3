using Gateway.Api.Data;

namespace Gateway.Api.FieldWork;

/// <summary>
/// The residents field work may name, as the registry (an area above FieldWork) keeps them: it declares the
/// implementation, so recording field work knows residents without depending on the registry.
/// </summary>
public interface IFieldWorkResidents
{
    /// <summary>The graph type name global ids of residents carry ("Resident").</summary>
    string TypeName { get; }

    /// <summary>The residents among <paramref name="ids"/> the caller may see, by id; the others are missing.</summary>
    Task<IReadOnlyDictionary<long, FieldWorkResident>> FindAsync(GatewayDbContext db, IReadOnlyCollection<long> ids,
        CancellationToken cancellationToken);
}

/// <summary>A resident as field work needs them: the grid they live in, and whether they belong to a special group
/// (elderly living alone, left-behind child, …) that the monthly services are for.</summary>
public sealed record FieldWorkResident(long Id, long GridId, bool InSpecialGroup);
