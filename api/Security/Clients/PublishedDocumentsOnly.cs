using System.Collections.Immutable;
using OpenIddict.Abstractions;

namespace Gateway.Api.Security.Clients;

/// <summary>
/// A machine client set to run only the published documents of schema/operations (trusted documents): its tokens carry
/// <see cref="GatewayClaims.PublishedDocumentsOnly"/>, and /graphql refuses a <c>query</c> from it with
/// <see cref="RefusalCode"/>, running a <c>documentId</c> as for anyone. The setting lives in the client's OpenIddict
/// application, beside its secret and grants; a token issued before a change keeps the setting it was issued with
/// until it expires.
/// </summary>
public static class PublishedDocumentsOnly
{
    public const string Setting = "gateway:published_documents_only";
    public const string RefusalCode = "PERSISTED_DOCUMENT_REQUIRED";

    public const string Refusal =
        "This client runs the published documents only: send `documentId` (sha256:…, listed in " +
        "schema/persisted-documents.json) instead of `query`.";

    public static void Set(OpenIddictApplicationDescriptor application, bool only)
    {
        if (only) application.Settings[Setting] = "true";
        else application.Settings.Remove(Setting);
    }

    public static async Task<bool> IsSetAsync(IOpenIddictApplicationManager applications, string clientId,
        CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null) return false;
        ImmutableDictionary<string, string> settings = await applications.GetSettingsAsync(application,
            cancellationToken);
        return settings.GetValueOrDefault(Setting) == "true";
    }
}
