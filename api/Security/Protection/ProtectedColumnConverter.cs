using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gateway.Api.Security.Protection;

public sealed class ProtectedColumnConverter(ColumnProtector protector)
    : ValueConverter<string, string>(v => protector.Protect(v), v => protector.Unprotect(v));
