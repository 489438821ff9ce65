using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Regie.Web.Features.Import;

namespace Regie.Web.Tests.Api;

/// <summary>POST /api/v1/import?dryRun=true previews; its fingerprint confirms the same change or refuses when the board moved on.</summary>
public sealed class ReimportingThroughTheApi(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string query, string csv) =>
        client.PostAsync($"/api/v1/import?fileName=inventaris.csv&format=inventory{query}", new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), Ct);

    [Fact]
    public async Task ADryRunPreviewsFieldChangesAndItsFingerprintAppliesExactlyThat()
    {
        var client = app.ClientFor(await app.CreateBoardAsync($"Bestuur {Guid.NewGuid():N}"));
        (await PostAsync(client, "", "naam;leerlingen\nMagister;100\nEigen rooster;\n")).EnsureSuccessStatusCode();

        var preview = (await (await PostAsync(client, "&dryRun=true", "naam;leerlingen\nMagister;150\n")).Content.ReadFromJsonAsync<ImportResultDto>(RegieApp.Json, Ct))!;

        Assert.False(preview.Applied);
        var change = Assert.Single(Assert.Single(preview.Rows, r => r.RawName == "Magister").Changes);
        Assert.Equal("leerlingen: 100 → 150", change.Text);
        Assert.Equal(100, ((JsonElement)change.Old!).GetInt32());
        Assert.Equal(["Eigen rooster"], preview.Missing.Select(m => m.Name));
        Assert.Contains(await app.ServicesAsync(client), s => s.Name == "Eigen rooster");

        var applied = await PostAsync(client, $"&fingerprint={preview.Fingerprint}&removeMissing=true", "naam;leerlingen\nMagister;150\n");

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var result = (await applied.Content.ReadFromJsonAsync<ImportResultDto>(RegieApp.Json, Ct))!;
        Assert.Equal((true, 1, true), (result.Applied, result.Updated, result.MissingRemoved));
        Assert.Equal(["Magister"], (await app.ServicesAsync(client)).Select(s => s.Name));

        var stale = await PostAsync(client, $"&fingerprint={preview.Fingerprint}", "naam;leerlingen\nMagister;175\n");
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("boardChangedSincePreview", await stale.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AMatchAnswerDecidesAReviewedRow()
    {
        var client = app.ClientFor(await app.CreateBoardAsync($"Bestuur {Guid.NewGuid():N}"));

        var bad = await PostAsync(client, "&match=zonder-product", "naam\nTeams Roosterkoppeling\n");
        var decided = await PostAsync(client, "&match=" + Uri.EscapeDataString("Teams Roosterkoppeling=microsoft-teams"), "naam\nTeams Roosterkoppeling\n");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("microsoft-teams", Assert.Single(await app.ServicesAsync(client)).CatalogProductId);
    }
}
