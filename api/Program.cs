using Gateway.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayData();
builder.AddGatewayAuth();
builder.AddGatewayGraphQL();

var app = builder.Build();
await app.MigrateAndSeedAsync();
app.UseGatewayAuth();
app.MapGatewayGraphQL();
app.Run();

public partial class Program;
