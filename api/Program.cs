using Gateway.Api.Hosting;
using Gateway.Api.Integrations;

var builder = WebApplication.CreateBuilder(LaunchEnvironment.Options(args));
builder.AddGatewayData();
builder.AddGatewayAuth();
builder.AddGatewayAudit();
builder.AddGatewayGraphQL();
builder.AddGatewayRateLimits();
builder.AddGatewayIntegrations();

var app = builder.Build();
if (args.Contains(AuditSetup.VerifyCommand)) return await app.VerifyAuditChainAsync(args);
if (args.Contains(DataSetup.RebuildRollupsCommand)) return await app.RebuildFieldWorkRollupsAsync();
await app.MigrateAndSeedAsync();
app.UseGatewayForwardedHeaders();
app.UseGatewayRateLimits();
app.UseGatewayAuth();
app.MapGatewayGraphQL();
app.MapGatewayAdminUi();
app.Run();
return 0;

public partial class Program;
