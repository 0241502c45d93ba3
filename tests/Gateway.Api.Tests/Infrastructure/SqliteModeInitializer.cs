using System.Runtime.CompilerServices;
using Gateway.Api.Data;

namespace Gateway.Api.Tests.Infrastructure;

internal static class SqliteModeInitializer
{
    /// <summary>The suite's SQLite runs in the mode the service's does, whichever test opens a connection
    /// first.</summary>
    [ModuleInitializer]
    internal static void UseTheServicesMode() => SqliteThreadingMode.UseMultiThread();
}
