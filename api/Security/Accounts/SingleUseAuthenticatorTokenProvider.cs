using System.Globalization;
using Gateway.Api.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Gateway.Api.Security.Accounts;

/// <summary>
/// Authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), each accepted once: a code is good for one
/// step either side of now, and only for a step later than the account's last accepted one, so neither a replayed
/// code nor an older step's code after a newer one was used opens a sign-in. The last step is an Identity user token
/// (no schema change), raised by one conditional UPDATE, so of two requests racing with the same code one wins.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(GatewayDbContext db, TimeProvider clock)
    : AuthenticatorTokenProvider<GatewayUser>
{
    public static readonly string LoginProvider = TokenOptions.DefaultAuthenticatorProvider;
    public const string LastTimeStep = nameof(LastTimeStep);

    // Identity's own provider accepts two steps either side; one covers the drift of a phone's clock.
    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<GatewayUser> manager,
        GatewayUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        return new Totp(Base32Encoding.ToBytes(key))
            .VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, Window)
            && await ClaimAsync(user.Id, step);
    }

    /// <summary>Records <paramref name="step"/> as the last accepted one unless it is not later than the recorded
    /// one.</summary>
    private async Task<bool> ClaimAsync(long userId, long step)
    {
        // The first claim needs the row; inserting it with step 0 can race harmlessly, the UPDATE below decides.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AspNetUserTokens" ("UserId", "LoginProvider", "Name", "Value")
            VALUES ({userId}, {LoginProvider}, {LastTimeStep}, {Text(0)}) ON CONFLICT DO NOTHING
            """);
        var value = Text(step);
        var claimed = await db.UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == LastTimeStep
                && string.Compare(t.Value, value) < 0)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, value));
        return claimed == 1;
    }

    /// <summary>Fixed width, so comparing the stored text compares the steps.</summary>
    private static string Text(long step) => step.ToString("D19", CultureInfo.InvariantCulture);
}
