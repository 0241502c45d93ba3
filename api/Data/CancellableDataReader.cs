using System.Collections;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Gateway.Api.Data;

/// <summary>
/// A SQLite reader whose reads report a statement stopped by <see cref="SqliteCancellationInterceptor"/> as the
/// cancellation it is, and that ends the command's watch when it closes. Everything else is the inner reader's.
/// </summary>
internal sealed class CancellableDataReader(DbDataReader reader, DbCommand command, CancellationToken cancellationToken)
    : DbDataReader
{
    public override bool Read()
    {
        try
        {
            return reader.Read();
        }
        catch (SqliteException e)
            when (SqliteCancellationInterceptor.AsCancellation(e, cancellationToken) is { } cancelled)
        {
            throw cancelled;
        }
    }

    public override bool NextResult()
    {
        try
        {
            return reader.NextResult();
        }
        catch (SqliteException e)
            when (SqliteCancellationInterceptor.AsCancellation(e, cancellationToken) is { } cancelled)
        {
            throw cancelled;
        }
    }

    // Microsoft.Data.Sqlite reads synchronously whatever the method's name.
    public override Task<bool> ReadAsync(CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        return Task.FromResult(Read());
    }

    public override Task<bool> NextResultAsync(CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        return Task.FromResult(NextResult());
    }

    public override void Close()
    {
        reader.Close();
        SqliteCancellationInterceptor.Unwatch(command);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) reader.Dispose();
        base.Dispose(disposing); // closes, which ends the watch
    }

    public override int Depth => reader.Depth;
    public override int FieldCount => reader.FieldCount;
    public override bool HasRows => reader.HasRows;
    public override bool IsClosed => reader.IsClosed;
    public override int RecordsAffected => reader.RecordsAffected;
    public override int VisibleFieldCount => reader.VisibleFieldCount;
    public override object this[int ordinal] => reader[ordinal];
    public override object this[string name] => reader[name];
    public override bool GetBoolean(int ordinal) => reader.GetBoolean(ordinal);
    public override byte GetByte(int ordinal) => reader.GetByte(ordinal);
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        reader.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);
    public override char GetChar(int ordinal) => reader.GetChar(ordinal);
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        reader.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);
    public override string GetDataTypeName(int ordinal) => reader.GetDataTypeName(ordinal);
    public override DateTime GetDateTime(int ordinal) => reader.GetDateTime(ordinal);
    public override decimal GetDecimal(int ordinal) => reader.GetDecimal(ordinal);
    public override double GetDouble(int ordinal) => reader.GetDouble(ordinal);
    public override IEnumerator GetEnumerator() => new DbEnumerator(this);
    public override Type GetFieldType(int ordinal) => reader.GetFieldType(ordinal);
    public override T GetFieldValue<T>(int ordinal) => reader.GetFieldValue<T>(ordinal);
    public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken token) =>
        reader.GetFieldValueAsync<T>(ordinal, token);
    public override float GetFloat(int ordinal) => reader.GetFloat(ordinal);
    public override Guid GetGuid(int ordinal) => reader.GetGuid(ordinal);
    public override short GetInt16(int ordinal) => reader.GetInt16(ordinal);
    public override int GetInt32(int ordinal) => reader.GetInt32(ordinal);
    public override long GetInt64(int ordinal) => reader.GetInt64(ordinal);
    public override string GetName(int ordinal) => reader.GetName(ordinal);
    public override int GetOrdinal(string name) => reader.GetOrdinal(name);
    public override Stream GetStream(int ordinal) => reader.GetStream(ordinal);
    public override string GetString(int ordinal) => reader.GetString(ordinal);
    public override TextReader GetTextReader(int ordinal) => reader.GetTextReader(ordinal);
    public override object GetValue(int ordinal) => reader.GetValue(ordinal);
    public override int GetValues(object[] values) => reader.GetValues(values);
    public override bool IsDBNull(int ordinal) => reader.IsDBNull(ordinal);
    public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken token) =>
        reader.IsDBNullAsync(ordinal, token);
}
