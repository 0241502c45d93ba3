using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.AdminUi.Tests;

/// <summary>Asks the API as a demo machine client, beside the browser, to check what a page shows or did.</summary>
internal static class MachineClient
{
    /// <summary>Asks /graphql with <paramref name="client"/>'s token (client credentials); the whole answer, which
    /// must carry no errors.</summary>
    public static async Task<JsonDocument> QueryAsync(AdminHost host, string client, string query,
        object? variables = null)
    {
        using var http = new HttpClient { BaseAddress = host.Origin };
        var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client, ["client_secret"] = $"{client}-secret",
            ["scope"] = "gateway",
        }));
        token.EnsureSuccessStatusCode();
        using var issued = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", issued.RootElement.GetProperty("access_token").GetString());
        var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        response.EnsureSuccessStatusCode();
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(answer.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return answer;
    }
}
