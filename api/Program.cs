using Gateway.Api.Hosting;
using Gateway.Api.Integrations;

var builder = WebApplication.CreateBuilder(LaunchEnvironment.Options(args));
builder.RefusePublishedKeys();
builder.AddGatewayData();
builder.AddGatewayDatabaseOperations();
builder.AddGatewayAuth();
builder.AddGatewayAudit();
builder.AddGatewayGraphQL();
builder.AddGatewayRateLimits();
builder.AddGatewayHealth();
builder.AddGatewayTelemetry();
builder.AddGatewayIntegrations();

var app = builder.Build();
if (args.Contains(AuditSetup.VerifyCommand)) return await app.VerifyAuditChainAsync(args);
if (args.Contains(DataSetup.RebuildRollupsCommand)) return await app.RebuildFieldWorkRollupsAsync();
if (args.Contains(DatabaseOperationsSetup.BackupCommand)) return await app.BackupDatabaseAsync(args);
await app.MigrateAndSeedAsync();
await app.RefuseDemoPrincipalsAsync();
app.UseGatewayForwardedHeaders();
app.UseGatewayRequestLogScope();
app.MapGatewayMetrics();
app.UseGatewayRateLimits();
app.UseGatewayGraphQLWebSockets();
app.UseGatewayAuth();
app.MapGatewayHealth();
app.MapGatewayGraphQL();
app.MapGatewayAdminUi();
app.Run();
return 0;

public partial class Program;
