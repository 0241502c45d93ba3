using System.Collections;
using System.Security.Claims;
using Gateway.Api.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Operations;

/// <summary>
/// Puts the caller of every request into the scope of the log lines written while it runs, beside the request id and
/// trace id ASP.NET Core adds: the unit it acts for (<c>Unit</c>, an id, the tenant) and the OAuth client it came
/// through (<c>ClientId</c>). Read when a line is written, so lines after authentication carry them. No name, no
/// subject of a person, nothing the request carried.
/// </summary>
public sealed class RequestLogScope(RequestDelegate next, ILogger<RequestLogScope> logger)
{
    public const string UnitKey = "Unit";
    public const string ClientIdKey = "ClientId";

    public async Task InvokeAsync(HttpContext http)
    {
        using (logger.BeginScope(new CallerScope(http))) await next(http);
    }

    private sealed class CallerScope(HttpContext http) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private ClaimsPrincipal User => http.User;

        private KeyValuePair<string, object?>[] Values =>
        [
            new(UnitKey, User.FindFirstValue(GatewayClaims.Unit)),
            new(ClientIdKey, User.FindFirstValue(Claims.ClientId)),
        ];

        public int Count => 2;
        public KeyValuePair<string, object?> this[int index] => Values[index];
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
            ((IEnumerable<KeyValuePair<string, object?>>)Values).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => $"{UnitKey}:{Values[0].Value} {ClientIdKey}:{Values[1].Value}";
    }
}
