using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Registry;

/// <summary>The residents on file, as field work names them: read through the caller's row filters.</summary>
public sealed class ResidentsForFieldWork : IFieldWorkResidents
{
    public string TypeName => nameof(Resident);

    public async Task<IReadOnlyDictionary<long, FieldWorkResident>> FindAsync(GatewayDbContext db,
        IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new FieldWorkResident(r.Id, r.GridId, r.SpecialGroup != null))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
}
