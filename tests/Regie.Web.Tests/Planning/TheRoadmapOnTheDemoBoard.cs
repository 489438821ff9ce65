using System.Net;
using System.Net.Http.Json;
using Regie.Data;
using Regie.Web.Features.Roadmap;
using Regie.Web.Tests.Api;
using static Regie.Web.Tests.Planning.PlanningClient;

namespace Regie.Web.Tests.Planning;

public sealed class TheRoadmapOnTheDemoBoard(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    /// <summary>Entra ID and three services that sign in through it, added with the identity move last.</summary>
    private async Task<(HttpClient Client, Guid Entra)> PlanMicrosoftExitAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        (await client.PutAsJsonAsync("/api/v1/roadmap/settings", new RoadmapSettingsInput(2, "2027-Q1"), RegieApp.Json, ct)).EnsureSuccessStatusCode();
        if ((await RoadmapAsync(client)).Quarters.Count == 0)
        {
            (await AddMoveAsync(client, await ServiceIdAsync(app, client, "Exchange Online (Microsoft 365 A3)"), "proton-mail")).EnsureSuccessStatusCode();
            (await AddMoveAsync(client, await ServiceIdAsync(app, client, "Microsoft Teams"), "surf-nextcloud")).EnsureSuccessStatusCode();
            (await AddMoveAsync(client, await ServiceIdAsync(app, client, "OneDrive"), "nextcloud-self-hosted")).EnsureSuccessStatusCode();
            (await AddMoveAsync(client, await ServiceIdAsync(app, client, "Microsoft Entra ID"), "surfconext-alt")).EnsureSuccessStatusCode();
        }

        return (client, await ServiceIdAsync(app, client, "Microsoft Entra ID"));
    }

    [Fact]
    public async Task TheIdentityServiceMovesFirstAndTheServicesSigningInThroughItFollow()
    {
        var (client, entra) = await PlanMicrosoftExitAsync();

        var roadmap = await RoadmapAsync(client);

        var moves = roadmap.Quarters.SelectMany(q => q.Moves).ToList();
        Assert.Equal(4, moves.Count);
        var identity = Assert.Single(moves, m => m.ServiceId == entra);
        Assert.Equal("2027-Q1", identity.Quarter);
        Assert.Equal(1, roadmap.Quarters[0].Moves.Count(m => m.ServiceId == entra));
        Assert.All(moves.Where(m => m.ServiceId != entra), m => Assert.True(string.CompareOrdinal(m.Quarter, "2027-Q1") > 0, $"{m.Service} in {m.Quarter}"));
        Assert.Contains(moves.Where(m => m.ServiceId != entra).SelectMany(m => m.Reasons), r => r.Code == "afterPrerequisite" && $"{r.Args["prerequisite"]}" == "Microsoft Entra ID" && $"{r.Args["edge"]}" == "signsInThrough");
        Assert.All(roadmap.Quarters, q => Assert.True(q.Moves.Count <= 2));
    }

    [Fact]
    public async Task AfterTheIdentityMoveMicrosoftIsNoLongerTheLargestParentAndTheConcentrationFalls()
    {
        var (client, _) = await PlanMicrosoftExitAsync();

        var roadmap = await RoadmapAsync(client);

        Assert.Equal("Microsoft Corporation", roadmap.Before.TopParent);
        var first = roadmap.Quarters[0].After;
        Assert.NotEqual("Microsoft Corporation", first.TopParent);
        Assert.True(first.ParentHhi < roadmap.Before.ParentHhi, $"{roadmap.Before.ParentHhi} → {first.ParentHhi}");
        Assert.Equal(roadmap.Before.SealCounts.Sum(), first.SealCounts.Sum());
    }

    [Fact]
    public async Task TheCsvExportHasOneRowPerMoveWithQuarterAndReasons()
    {
        var ct = TestContext.Current.CancellationToken;
        var (client, _) = await PlanMicrosoftExitAsync();

        var response = await client.GetAsync("/roadmap?handler=Csv", ct);

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(ct)).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Stap;Kwartaal;Dienst;Alternatief;Status;Vastgezet;Inspanning (dagen);Inspanning indicatie (dagen);Eenmalige kosten (euro);Redenen;Score na;SEAL-0 na;SEAL-1 na;SEAL-2 na;SEAL-3 na;SEAL-4 na;HHI moederbedrijven na;HHI hosting na", lines[0]);
        Assert.Equal(5, lines.Count);
        Assert.StartsWith("1;2027-Q1;Microsoft Entra ID;", lines[1]);
        // No estimate from the board yet: the indicative range (low-high person-days) fills its own column.
        Assert.Matches("^[0-9]+-[0-9]+$", lines[1].Split(';')[7]);
        Assert.Contains("gepland", lines[1]);
        Assert.Contains(lines.Skip(2), l => l.Contains(";Microsoft Teams;") && l.Contains("Na Microsoft Entra ID (logt in via)"));
    }

    [Fact]
    public async Task TheCsvWritesNumbersInTheReadersCulture()
    {
        var ct = TestContext.Current.CancellationToken;
        var (client, _) = await PlanMicrosoftExitAsync();
        // The reasons before the score may hold a quoted separator: read the file as a spreadsheet would, per culture.
        static string ScoreAfter(string csv, string culture, string header)
        {
            using var reader = new CsvHelper.CsvReader(new StringReader(csv.TrimStart('\uFEFF')),
                new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.GetCultureInfo(culture)) { Delimiter = culture == "nl-NL" ? ";" : "," });
            reader.Read();
            reader.ReadHeader();
            reader.Read();
            return reader.GetField(header)!;
        }

        var dutch = ScoreAfter(await client.GetStringAsync("/roadmap?handler=Csv", ct), "nl-NL", "Score na");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/roadmap?handler=Csv");
        request.Headers.Add("Cookie", "regie-lang=en");
        var english = ScoreAfter(await (await client.SendAsync(request, ct)).Content.ReadAsStringAsync(ct), "en-GB", "Score after");

        Assert.Matches("^[0-9]+,[0-9]$", dutch);
        Assert.Matches("^[0-9]+[.][0-9]$", english);
    }

    [Fact]
    public async Task TheMigrationPlanDocumentHoldsTheStepsReasonsAndProjections()
    {
        var ct = TestContext.Current.CancellationToken;
        var (client, _) = await PlanMicrosoftExitAsync();

        var response = await client.GetAsync("/roadmap?handler=Document", ct);

        response.EnsureSuccessStatusCode();
        Assert.Equal("migratieplan.html", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("<h1>Migratieplan</h1>", html);
        Assert.Contains("<h3>2027-Q1</h3>", html);
        Assert.Contains("Uitgangssituatie", html);
        Assert.Contains("identiteit eerst", html);
        Assert.Contains("indicatie ", html);
    }

    [Fact]
    public async Task TheRoadmapPageShowsThePlanAndTheChart()
    {
        var ct = TestContext.Current.CancellationToken;
        var (client, entra) = await PlanMicrosoftExitAsync();

        var html = await client.GetStringAsync("/roadmap", ct);

        Assert.Contains("id=\"q-2027-Q1\"", html);
        Assert.Contains("id=\"chart-roadmap\"", html);
        Assert.Contains($"/services/{entra}", html);
    }

    [Fact]
    public async Task AMoveToSomethingOutsideTheCatalogOrASecondMoveForAServiceIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var (client, entra) = await PlanMicrosoftExitAsync();

        var unknown = await AddMoveAsync(client, await ServiceIdAsync(app, client, "Zoom (incidenteel)"), "bestaat-niet");
        var second = await AddMoveAsync(client, entra, "eduid-alt");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'bestaat-niet' staat niet in de catalogus", await unknown.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("al een verhuizing gepland", await second.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task ABadCapacityOrStartQuarterIsRefusedNamingTheField()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();

        var response = await client.PutAsJsonAsync("/api/v1/roadmap/settings", new RoadmapSettingsInput(0, "volgend jaar"), RegieApp.Json, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("Verhuizingen per kwartaal", body);
        Assert.Contains("'volgend jaar' is geen kwartaal", body);
    }
}
