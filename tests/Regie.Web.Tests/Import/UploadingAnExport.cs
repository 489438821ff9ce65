using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Regie.Core.Knowledge;
using Regie.Web.Features.Services;
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

    /// <summary>The confirmation of a preview page: its token, fingerprint and form token, and <paramref name="fields"/> (review answers, removeMissing).</summary>
    private static async Task<string> SaveAsync(HttpClient client, string preview, params (string Name, string Value)[] fields)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Token().Match(preview).Groups[1].Value),
            new("token", Hidden("token").Match(preview).Groups[1].Value),
            new("fingerprint", Hidden("fingerprint").Match(preview).Groups[1].Value),
        };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/import?handler=Apply") { Content = new FormUrlEncodedContent(form) };
        var response = await client.SendAsync(post, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        return html;
    }

    private static Regex Hidden(string name) => new($"<input type=\"hidden\" name=\"{name}\" value=\"([^\"]*)\"");

    private static async Task<string> UploadAndSaveAsync(HttpClient client, string fileName, byte[] content, string format = "")
    {
        var preview = await UploadAsync(client, fileName, content, format);
        Assert.Contains("id=\"import-preview\"", preview);
        var saved = await SaveAsync(client, preview);
        Assert.Contains("id=\"import-result\"", saved);
        return saved;
    }

    [Fact]
    public async Task AnEmptyFileOrOneOfColumnNamesAloneIsNamedAndOffersNoRemoval()
    {
        var (client, _) = await NewBoardAsync();
        await UploadAndSaveAsync(client, "eerst.csv", "naam\nMagister\nParnasSys\n"u8.ToArray());

        var empty = await UploadAsync(client, "leeg.csv", []);
        var header = await UploadAsync(client, "kop.csv", "naam;catalogus-id;processen;leerlingen;medewerkers\n"u8.ToArray());

        // The user did choose a file: the page names it instead of asking to choose one.
        Assert.DoesNotContain("Kies een bestand om in te lezen.", empty);
        Assert.Contains("leeg.csv: het bestand is leeg", empty);
        Assert.Contains("kop.csv: het bestand noemt geen enkele dienst", header);
        Assert.DoesNotContain("id=\"import-preview\"", header);
        Assert.DoesNotContain("name=\"removeMissing\"", header);
        Assert.Equal(2, (await app.ServicesAsync(client)).Count);
    }

    [Fact]
    public async Task AnEntraExportBecomesTheBoardsServicesMatchedToTheCatalog()
    {
        var (client, _) = await NewBoardAsync();

        var html = await UploadAndSaveAsync(client, "entra-enterprise-apps.csv", await File.ReadAllBytesAsync(Fixture("entra-enterprise-apps.csv"), Ct), "entra");

        Assert.Contains("id=\"import-summary\"", html);
        var services = await app.ServicesAsync(client);
        Assert.Contains(services, s => s.CatalogProductId == "zoom");
        Assert.Contains(services, s => s.CatalogProductId == "microsoft-teams");
    }

    [Fact]
    public async Task ACycloneDxFileIsRecognisedWithoutChoosingItsType()
    {
        var (client, _) = await NewBoardAsync();

        var html = await UploadAndSaveAsync(client, "saasbom.json", await File.ReadAllBytesAsync(Fixture("saasbom.json"), Ct));

        Assert.Contains("id=\"import-summary\"", html);
        Assert.NotEmpty(await app.ServicesAsync(client));
    }

    [Fact]
    public async Task ADaafExportShowsTheToolsAutonomyScoreBesideRegiesOwnOnTheServicePage()
    {
        var (client, _) = await NewBoardAsync();

        var html = await UploadAndSaveAsync(client, "daaf-export.json", await File.ReadAllBytesAsync(Fixture("daaf-export.json"), Ct));

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

    private static byte[] Csv(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private async Task<ServiceDto> ServiceNamedAsync(HttpClient client, string name)
    {
        var summary = Assert.Single(await app.ServicesAsync(client), s => s.Name == name);
        return (await client.GetFromJsonAsync<ServiceDto>($"/api/v1/services/{summary.Id}", RegieApp.Json, Ct))!;
    }

    [Fact]
    public async Task TheUploadOnlyPreviewsAndNothingIsStoredUntilSave()
    {
        var (client, _) = await NewBoardAsync();

        var preview = await UploadAsync(client, "inventaris.csv", Csv("naam;leerlingen\nMagister;100\nEigen rooster;20\n"), "inventory");

        Assert.Contains("Er is nog niets opgeslagen.", preview);
        Assert.Empty(await app.ServicesAsync(client));
        var saved = await SaveAsync(client, preview);
        Assert.Contains("id=\"import-result\"", saved);
        Assert.Equal(["Eigen rooster", "Magister"], (await app.ServicesAsync(client)).Select(s => s.Name).Order());
    }

    [Fact]
    public async Task AReimportPreviewsEachChangedFieldOldAndNewListsWhatIsMissingAndSavesOnlyThat()
    {
        var (client, _) = await NewBoardAsync();
        await UploadAndSaveAsync(client, "inventaris.csv", Csv("naam;leerlingen;dpia\nMagister;100;bezig\nEigen rooster;20;\n"), "inventory");

        var preview = System.Net.WebUtility.HtmlDecode(await UploadAsync(client, "inventaris.csv", Csv("naam;leerlingen;dpia\nMagister;150;klaar\n"), "inventory"));

        Assert.Contains("<td>leerlingen</td>\n                    <td>100</td>\n                    <td>150</td>", preview);
        Assert.Contains("<td>DPIA</td>\n                    <td>bezig</td>\n                    <td>klaar</td>", preview);
        Assert.Matches(@"<ul id=""import-missing"">\s*<li>Eigen rooster</li>\s*</ul>", preview);
        Assert.Equal(100, (await ServiceNamedAsync(client, "Magister")).Pupils);

        var saved = await SaveAsync(client, preview);

        Assert.Contains("1 bijgewerkt", saved);
        var magister = await ServiceNamedAsync(client, "Magister");
        Assert.Equal((150, Core.Landscape.AssessmentStatus.Done), (magister.Pupils, magister.Dpia));
        Assert.Contains(await app.ServicesAsync(client), s => s.Name == "Eigen rooster");
    }

    [Fact]
    public async Task ServicesMissingFromTheFileAreRemovedOnlyWhenTheUserTicksTheBox()
    {
        var (client, _) = await NewBoardAsync();
        await UploadAndSaveAsync(client, "inventaris.csv", Csv("naam;koppelt-met\nMagister;Eigen rooster\nEigen rooster;\n"), "inventory");

        var preview = await UploadAsync(client, "inventaris.csv", Csv("naam\nMagister\n"), "inventory");
        var saved = await SaveAsync(client, preview, ("removeMissing", "true"));

        Assert.Contains("Verwijderd, want niet in het bestand", saved);
        Assert.Equal(["Magister"], (await app.ServicesAsync(client)).Select(s => s.Name));
        Assert.Empty((await ServiceNamedAsync(client, "Magister")).Dependencies);
    }

    [Fact]
    public async Task AnUnsureMatchWaitsInTheReviewListAndAnAcceptedOneJoinsTheProduct()
    {
        var (client, _) = await NewBoardAsync();

        var preview = System.Net.WebUtility.HtmlDecode(await UploadAsync(client, "inventaris.csv", Csv("naam\nTeams Roosterkoppeling\n"), "inventory"));

        Assert.Contains("id=\"import-review\"", preview);
        Assert.Contains("<option value=\"microsoft-teams\">Het is Microsoft Teams</option>", preview);
        var updated = await SaveAsync(client, preview, ("review[0].Name", "Teams Roosterkoppeling"), ("review[0].Choice", "microsoft-teams"));
        Assert.Contains("Het voorbeeld is bijgewerkt met je keuzes.", updated);
        Assert.DoesNotContain("id=\"import-review\"", updated);
        Assert.Empty(await app.ServicesAsync(client));

        await SaveAsync(client, updated);

        Assert.Equal("microsoft-teams", Assert.Single(await app.ServicesAsync(client)).CatalogProductId);
    }

    [Fact]
    public async Task APreviewOverTakenByAnotherChangeIsNotSavedAndShowsTheNewPreview()
    {
        var (client, _) = await NewBoardAsync();
        await UploadAndSaveAsync(client, "inventaris.csv", Csv("naam;leerlingen\nMagister;100\n"), "inventory");
        var preview = await UploadAsync(client, "inventaris.csv", Csv("naam;leerlingen\nMagister;150\n"), "inventory");

        // Someone else changes the register between the preview and the confirmation.
        await UploadAndSaveAsync(client, "ander.csv", Csv("naam;leerlingen\nMagister;120\n"), "inventory");
        var refused = System.Net.WebUtility.HtmlDecode(await SaveAsync(client, preview));

        Assert.Contains("het register is veranderd sinds het voorbeeld; er is niets opgeslagen", refused);
        Assert.Contains("<td>120</td>", refused);
        Assert.Equal(120, (await ServiceNamedAsync(client, "Magister")).Pupils);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
