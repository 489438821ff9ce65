using System.Net;
using System.Text.RegularExpressions;
using Regie.Core.Knowledge;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Import;

public sealed partial class UploadingAnExport(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Fixture(string name) =>
        Path.GetFullPath(Path.Combine(Regie.Core.Knowledge.Loading.DataFolder.Locate(), "..", "tests", "fixtures", "imports", name));

    private async Task<(HttpClient Client, Guid Board)> NewBoardAsync()
    {
        var board = await app.CreateBoardAsync($"Bestuur {Guid.NewGuid():N}");
        return (app.ClientFor(board), board);
    }

    private static async Task<string> UploadAsync(HttpClient client, string fileName, byte[] content, string format = "", string language = "nl")
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/import");
        get.Headers.Add("Cookie", $"regie-lang={language}");
        var page = await (await client.SendAsync(get, Ct)).Content.ReadAsStringAsync(Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent(format), "Format" },
            { new ByteArrayContent(content), "file", fileName },
        };
        using var post = new HttpRequestMessage(HttpMethod.Post, "/import") { Content = form };
        post.Headers.Add("Cookie", $"regie-lang={language}");
        var response = await client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task AnEntraExportBecomesTheBoardsServicesMatchedToTheCatalog()
    {
        var (client, _) = await NewBoardAsync();

        var html = await UploadAsync(client, "entra-enterprise-apps.csv", await File.ReadAllBytesAsync(Fixture("entra-enterprise-apps.csv"), Ct), "entra");

        Assert.Contains("id=\"import-summary\"", html);
        var services = await app.ServicesAsync(client);
        Assert.Contains(services, s => s.CatalogProductId == "zoom");
        Assert.Contains(services, s => s.CatalogProductId == "microsoft-teams");
    }

    [Fact]
    public async Task ACycloneDxFileIsRecognisedWithoutChoosingItsType()
    {
        var (client, _) = await NewBoardAsync();

        var html = await UploadAsync(client, "saasbom.json", await File.ReadAllBytesAsync(Fixture("saasbom.json"), Ct));

        Assert.Contains("id=\"import-summary\"", html);
        Assert.NotEmpty(await app.ServicesAsync(client));
    }

    [Fact]
    public async Task ADaafExportShowsTheToolsAutonomyScoreBesideRegiesOwnOnTheServicePage()
    {
        var (client, _) = await NewBoardAsync();

        var html = await UploadAsync(client, "daaf-export.json", await File.ReadAllBytesAsync(Fixture("daaf-export.json"), Ct));

        Assert.Contains("id=\"import-summary\"", html);
        var service = (await app.ServicesAsync(client)).First();
        var page = await client.GetStringAsync($"/services/{service.Id}", Ct);
        Assert.Contains("Soevereiniteitsscore", page);
        Assert.Contains("DAAF (Universiteit Utrecht)", page);
        Assert.Matches(@"\d,\d van 10 \(autonomie\)", page);
    }

    [Fact]
    public async Task ABrokenFileNamesTheRowAndSavesNothing()
    {
        var (client, _) = await NewBoardAsync();
        var lines = (await File.ReadAllLinesAsync(Fixture("saasbom.json"), Ct)).ToList();
        var broken = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(lines.Count / 2)));

        var html = await UploadAsync(client, "kapot.json", broken, "cyclonedx");

        Assert.Contains("id=\"import-errors\"", html);
        Assert.Contains("kapot.json", html);
        Assert.Contains("Er is niets opgeslagen", html);
        Assert.Empty(await app.ServicesAsync(client));
    }

    [Theory]
    [InlineData("nl", "kapot.csv: Rij 3, kolom 'leerlingen': 'veel' is geen getal.")]
    [InlineData("en", "kapot.csv: Row 3, column 'leerlingen': 'veel' is not a number.")]
    public async Task ABrokenInventoryNamesFileRowAndFieldInTheReadersLanguage(string language, string line)
    {
        var (client, _) = await NewBoardAsync();

        var html = System.Net.WebUtility.HtmlDecode(await UploadAsync(client, "kapot.csv", "naam;leerlingen\nEigen app;12\nAndere app;veel\n"u8.ToArray(), "inventory", language));

        Assert.Contains(line, html);
        Assert.Empty(await app.ServicesAsync(client));
    }

    [Fact]
    public async Task InEnglishTheRowsOfAnImportSayWhatBecameOfThemInEnglish()
    {
        var (client, _) = await NewBoardAsync();

        var html = System.Net.WebUtility.HtmlDecode(
            await UploadAsync(client, "entra-enterprise-apps.csv", await File.ReadAllBytesAsync(Fixture("entra-enterprise-apps.csv"), Ct), "entra", "en"));

        Assert.Contains("<td>Row 5</td><td>Microsoft Graph</td>", html);
        Assert.Contains("one of Microsoft's own applications that is not in the catalog", html);
        Assert.Contains("new service, recognised as zoom.", html);
        Assert.DoesNotContain("overgeslagen", html);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
