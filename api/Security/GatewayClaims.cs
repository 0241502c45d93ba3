namespace Gateway.Api.Security;

/// <summary>Claims Gateway puts in its access tokens; a validated token is the only source of a caller's
/// scope.</summary>
public static class GatewayClaims
{
    public const string Unit = "gateway_unit";
    public const string UnitPath = "gateway_unit_path";
    public const string Permission = "gateway_permission";
    public const string Person = "gateway_person";
    /// <summary>The account's stamp when the token was issued; a token whose account has a new one is
    /// refused.</summary>
    public const string AccountStamp = "gateway_stamp";
    /// <summary>The id of the API key a caller presented instead of a token; such a caller is read-only and runs
    /// persisted documents only.</summary>
    public const string ApiKeyId = "gateway_api_key";
    /// <summary>Present ("true") in the tokens of a machine client that runs published documents only
    /// (<see cref="Clients.PublishedDocumentsOnly"/>).</summary>
    public const string PublishedDocumentsOnly = "gateway_published_only";
    /// <summary>The audience every Gateway access token is issued for.</summary>
    public const string Audience = "urn:gateway:api";
    /// <summary>The OAuth scope clients ask for to call the API.</summary>
    public const string ApiScope = "gateway";
}
