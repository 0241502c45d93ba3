namespace Gateway.Api.Security.Tokens;

/// <summary>How long a live token may go on by what was last read of its account
/// (<c>Security:AccountRecheckSeconds</c>).</summary>
public sealed class AccountRecheckOptions
{
    public const string Section = "Security";

    /// <summary>0 reads the account on every request.</summary>
    public int AccountRecheckSeconds { get; set; } = 30;

    public TimeSpan Window => TimeSpan.FromSeconds(AccountRecheckSeconds);
}
