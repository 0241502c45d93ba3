using Gateway.Api.Data.Replicas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Gateway.Api.Hosting;

/// <summary>
/// The optional read replica (<c>ConnectionStrings:GatewayReplica</c>, PostgreSQL only): the queries of the HTTP
/// endpoint read there (<see cref="GraphQL.Transport.ReplicaReadRouting"/>); everything else, and a caller that has
/// just written, stays on the primary.
/// </summary>
public static class ReplicaSetup
{
    public static void AddGatewayReplica(this IHostApplicationBuilder builder, string provider)
    {
        var replica = builder.Configuration.GetConnectionString(ReplicaOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(replica)) return;
        if (provider != DataSetup.PostgresProvider)
            throw new InvalidOperationException(
                $"ConnectionStrings:{ReplicaOptions.ConnectionStringName} is set, but Database:Provider is "
                + $"'{provider}': a read replica is a PostgreSQL streaming standby and needs Database:Provider "
                + $"'{DataSetup.PostgresProvider}'. Remove the replica's connection string or change the provider.");
        var services = builder.Services;
        services.AddOptions<ReplicaOptions>().BindConfiguration(ReplicaOptions.Section)
            .Validate(o => o.AreValid, $"{ReplicaOptions.Section}:MaxLagSeconds and ProbeTimeoutSeconds must be "
                + $"positive and {ReplicaOptions.Section}:PositionCacheMilliseconds not negative.")
            .ValidateOnStart();
        services.AddSingleton<CallerWritePositions>();
        services.AddSingleton<WritePositionRecorder>();
        services.AddSingleton(resolver =>
        {
            var timeout = resolver.GetRequiredService<IOptions<ReplicaOptions>>().Value.ProbeTimeoutSeconds;
            return new ReplicaProgress(
                NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(replica)
                {
                    Timeout = timeout, CommandTimeout = timeout,
                }.ConnectionString),
                resolver.GetRequiredService<CallerWritePositions>(), resolver.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(resolver => ActivatorUtilities.CreateInstance<ReplicaReads>(resolver, replica));
    }

    /// <summary>With a replica, the primary's contexts remember each caller's writes (<see
    /// cref="WritePositionRecorder"/>).</summary>
    public static void RecordCallerWrites(IServiceProvider services, DbContextOptionsBuilder options)
    {
        if (services.GetService<WritePositionRecorder>() is { } recorder) options.AddInterceptors(recorder);
    }
}
