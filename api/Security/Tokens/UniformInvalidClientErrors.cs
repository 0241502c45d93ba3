using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Gateway.Api.Security.Tokens;

/// <summary>
/// OpenIddict answers an unknown client id and a wrong secret with different descriptions and documentation links,
/// which tells a guesser which client ids exist; every <c>invalid_client</c> answer gets one text instead.
/// </summary>
public sealed class UniformInvalidClientErrors : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public const string Description = "The client could not be authenticated.";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
        .UseSingletonHandler<UniformInvalidClientErrors>()
        // Before the ASP.NET Core handlers that copy the error into WWW-Authenticate and write the body.
        .SetOrder(int.MinValue + 100_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (context.Response.Error == Errors.InvalidClient)
        {
            context.Response.ErrorDescription = Description;
            context.Response.ErrorUri = null;
        }
        return ValueTask.CompletedTask;
    }
}
