using System.Text.RegularExpressions;

namespace Regie.Web.Tests.Api;

/// <summary>Posts a page's form as a browser does: with the antiforgery token from the page and its cookie.</summary>
public static partial class FormPost
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var ct = TestContext.Current.CancellationToken;
        var html = await client.GetStringAsync(page, ct);
        var token = Token().Match(html).Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]), ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
