using System.ComponentModel;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gateway.Api.Security.Protection;

/// <summary>
/// Stores a <see cref="SensitiveAttribute"/> column encrypted by <see cref="ColumnProtector"/>: text as it is, any
/// other value (a health flag, a number, a date) as its invariant text, so every sensitive column is ciphertext at
/// rest whatever its type.
/// </summary>
public sealed class ProtectedColumnConverter<T>(ColumnProtector protector) : ValueConverter<T, string>(
    value => protector.Protect(SensitiveText.Write(value!)),
    stored => (T)SensitiveText.Read(typeof(T), protector.Unprotect(stored)))
    where T : notnull;

public static class ProtectedColumnConverter
{
    /// <summary>The converter of a sensitive property of type <paramref name="type"/> (a nullable type's null stays
    /// null: EF never hands it to a converter).</summary>
    public static ValueConverter For(Type type, ColumnProtector protector) => (ValueConverter)Activator.CreateInstance(
        typeof(ProtectedColumnConverter<>).MakeGenericType(Nullable.GetUnderlyingType(type) ?? type), protector)!;
}

/// <summary>A sensitive value as the text that is encrypted, and back.</summary>
public static class SensitiveText
{
    public static string Write(object value) => value as string
        ?? TypeDescriptor.GetConverter(value.GetType()).ConvertToInvariantString(value)
        ?? throw new InvalidOperationException($"A {value.GetType().Name} value has no text form to encrypt.");

    /// <summary>Reads <see cref="Write"/>'s text; a flag is also read from 0 or 1, the form a plain flag column held
    /// before it was encrypted.</summary>
    public static object Read(Type type, string text) => text switch
    {
        _ when type == typeof(string) => text,
        "0" or "1" when type == typeof(bool) => text == "1",
        _ => TypeDescriptor.GetConverter(type).ConvertFromString(null, CultureInfo.InvariantCulture, text)
            ?? throw new FormatException($"'{text}' is no {type.Name} value."),
    };
}
