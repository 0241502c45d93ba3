using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tenancy;

/// <summary>
/// Moves a branch of the unit tree: every row owned at or below one path is re-owned under another, in every
/// tenant-owned table at once, so the branch's rows follow it to its new parent. Append-only rows (the audit trail)
/// keep the path they were written under: they record where things stood.
/// </summary>
public static class TenantTreeMoves
{
    /// <summary>
    /// Rewrites the prefix <paramref name="from"/> of owner paths to <paramref name="to"/>, inside the context's
    /// transaction. The caller checks that both places lie in its scope: the statements bypass the write guard.
    /// </summary>
    public static async Task MoveBranchAsync(this GatewayDbContext db, string from, string to,
        CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A branch moves inside the transaction of the change that moves it.");
        var end = from[..^1] + (char)(from[^1] + 1);
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var ownership = TenantOwnership.Of(entityType.ClrType);
            // A type read through a query of its own (accounts) takes its path from the units it joins.
            if (ownership.PathProperty is not { } pathProperty || ownership.AppendOnly
                || entityType.GetTableName() is not { } table) continue;
            var column = entityType.FindProperty(pathProperty)!.GetColumnName();
            // Identifiers come from the model, values are parameters; a range, so the path index serves it.
            var sql = $$"""
                UPDATE "{{table}}" SET "{{column}}" = {0} || substr("{{column}}", {1})
                WHERE "{{column}}" >= {2} AND "{{column}}" < {3}
                """;
            await db.Database.ExecuteSqlRawAsync(sql, [to, from.Length + 1, from, end], cancellationToken);
        }
    }
}
