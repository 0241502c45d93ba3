using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Api.Security.Protection;

/// <summary>
/// Encrypts, once at start-up, the values of sensitive columns that were stored before the column was encrypted: a
/// flag that turns into ciphertext keeps its plain 0 or 1 through the migration, which cannot encrypt it (the key is
/// not in the database). A stored value shorter than any ciphertext is plain; a plain flag, number or date always
/// is. Each value is updated alone, so neither a row's version nor anything else about it changes.
/// </summary>
public static class PlainValueEncryption
{
    public static async Task EncryptPlainValuesAsync(DbContext db, ColumnProtector protector,
        CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } tableName || entity.FindPrimaryKey() is not { Properties: [var key] })
                continue;
            var table = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
            foreach (var property in entity.GetDeclaredProperties()
                .Where(p => p.PropertyInfo?.IsDefined(typeof(SensitiveAttribute), false) == true))
            {
                var column = sql.DelimitIdentifier(property.GetColumnName(table)!);
                var keyColumn = sql.DelimitIdentifier(key.GetColumnName(table)!);
                var from = sql.DelimitIdentifier(table.Name, table.Schema);
                // Identifiers from the model, delimited; the values travel as parameters.
                var select = $"SELECT {keyColumn} AS \"Key\", {column} AS \"Value\" FROM {from} WHERE {column} "
                    + $"IS NOT NULL AND length({column}) < {ColumnProtector.ShortestProtectedLength}";
                var update = "UPDATE " + from + " SET " + column + " = {0} WHERE " + keyColumn + " = {1}";
                var plain = await db.Database.SqlQueryRaw<StoredValue>(select).ToListAsync(cancellationToken);
                if (plain.Count == 0) continue;
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    foreach (var row in plain)
                        await db.Database.ExecuteSqlRawAsync(update,
                            [protector.Protect(SensitiveText.Write(SensitiveText.Read(type, row.Value))), row.Key],
                            cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                });
            }
        }
    }

    private sealed class StoredValue
    {
        public long Key { get; set; }
        public string Value { get; set; } = "";
    }
}
