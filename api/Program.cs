using Gateway.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayData();
builder.AddGatewayGraphQL();

var app = builder.Build();
await app.MigrateAndSeedAsync();
app.MapGatewayGraphQL();
app.Run();

public partial class Program;
