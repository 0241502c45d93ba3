using System.Collections;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.GraphQL.Filtering;

/// <summary>
/// Turns one column's filter object (<c>{ eq, in, gt, contains, isNull … }</c>) into a SQL-translatable predicate.
/// <c>eq: null</c> is IS NULL and <c>neq: null</c> IS NOT NULL; null given to any other condition sets none. A value
/// compares as in C#: <c>neq</c> and <c>nin</c> match a row without a value, which equals none of the values.
/// </summary>
internal static class ScalarConditions
{
    public const int MaxListValues = 100;
    private const char LikeEscape = '\\';

    public static Expression Build(Expression column, IDictionary<string, object?> conditions, string path)
    {
        Expression? all = null;
        foreach (var (name, value) in conditions)
        {
            var condition = (name, value) switch
            {
                ("eq", null) => HasNoValue(column),
                ("neq", null) => HasValue(column),
                (_, null) => null,
                _ => Condition(column, name, value, path),
            };
            if (condition is null) continue;
            all = all is null ? condition : Expression.AndAlso(all, condition);
        }
        return all ?? Expression.Constant(true);
    }

    private static Expression Condition(Expression column, string name, object value, string path) =>
        name switch
        {
            "eq" => Expression.Equal(column, Value(value, column.Type, path)),
            "neq" => Expression.NotEqual(column, Value(value, column.Type, path)),
            "in" => In(column, value, path),
            "nin" => Expression.Not(In(column, value, path)),
            "gt" => Expression.GreaterThan(column, Value(value, column.Type, path)),
            "gte" => Expression.GreaterThanOrEqual(column, Value(value, column.Type, path)),
            "lt" => Expression.LessThan(column, Value(value, column.Type, path)),
            "lte" => Expression.LessThanOrEqual(column, Value(value, column.Type, path)),
            "contains" => Like(column, "%" + Escape((string)value) + "%"),
            "startsWith" => Like(column, Escape((string)value) + "%"),
            "endsWith" => Like(column, "%" + Escape((string)value)),
            "isNull" => (bool)value ? HasNoValue(column) : HasValue(column),
            _ => throw new FilterError($"`{path}.{name}` is not a condition this service knows."),
        };

    /// <summary>IS NULL; never true of a column whose type cannot hold null (an id, a count, a flag).</summary>
    private static Expression HasNoValue(Expression column) => CanBeNull(column.Type)
        ? Expression.Equal(column, Expression.Constant(null, column.Type))
        : Expression.Constant(false);

    private static Expression HasValue(Expression column) => CanBeNull(column.Type)
        ? Expression.NotEqual(column, Expression.Constant(null, column.Type))
        : Expression.Constant(true);

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    /// <summary>A typed value wrapped so EF sends it as a parameter instead of inlining it into the SQL text.</summary>
    public static Expression Value(object value, Type type, string path)
    {
        var converted = Convert(value, Nullable.GetUnderlyingType(type) ?? type, path);
        var holder = Activator.CreateInstance(typeof(Parameter<>).MakeGenericType(type), converted)!;
        return Expression.Property(Expression.Constant(holder), nameof(Parameter<int>.Value));
    }

    private static Expression In(Expression column, object value, string path)
    {
        var values = ((IEnumerable)value).Cast<object>().ToList();
        if (values.Count > MaxListValues) throw new FilterError($"`{path}` takes at most {MaxListValues} values.");
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(column.Type))!;
        foreach (var item in values)
            list.Add(Convert(item, Nullable.GetUnderlyingType(column.Type) ?? column.Type, path));
        var holder = Activator.CreateInstance(typeof(Parameter<>).MakeGenericType(list.GetType()), list)!;
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [column.Type],
            Expression.Property(Expression.Constant(holder), nameof(Parameter<int>.Value)), column);
    }

    private static Expression Like(Expression column, string pattern) =>
        Expression.Call(typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), Type.EmptyTypes,
            Expression.Constant(EF.Functions), column, Value(pattern, typeof(string), ""),
            Expression.Constant(LikeEscape.ToString()));

    private static string Escape(string text) =>
        text.Replace(LikeEscape.ToString(), $"{LikeEscape}{LikeEscape}").Replace("%", $"{LikeEscape}%")
            .Replace("_", $"{LikeEscape}_");

    private static object Convert(object value, Type type, string path)
    {
        try
        {
            return value switch
            {
                DateTime instant when type == typeof(DateTime) => instant.Kind == DateTimeKind.Local
                    ? instant.ToUniversalTime()
                    : DateTime.SpecifyKind(instant, DateTimeKind.Utc),
                DateTimeOffset instant when type == typeof(DateTime) => instant.UtcDateTime,
                _ when type.IsEnum => value is string name ? Enum.Parse(type, name) : Enum.ToObject(type, value),
                _ when type.IsInstanceOfType(value) => value,
                _ => System.Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture),
            };
        }
        catch (Exception e)
            when (e is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw new FilterError($"`{path}` cannot be compared with {value}.");
        }
    }

    private sealed record Parameter<T>(T Value);
}
