using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Discovery.Imports;
using Regie.Web.Features.Dashboard;
using Regie.Web.Features.Import;
using Regie.Web.Features.Processes;

namespace Regie.Web.Tests.Api;

/// <summary>What the processes and import pages offer, through the API with the same operations.</summary>
public sealed class ProcessesProfileAndImportThroughTheApi(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AProcessChangesWithinItsLimitsAndIsRefusedOutsideThem()
    {
        var client = app.CreateClient();
        var process = (await client.GetFromJsonAsync<List<ProcessDto>>("/api/v1/processes", RegieApp.Json, Ct))!.First();

        var refused = await client.PutAsJsonAsync($"/api/v1/processes/{process.Key}", new ProcessUpdate(9, true, 7, null), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("criticality", problem);
        Assert.Contains("minSeal", problem);

        var changed = await client.PutAsJsonAsync($"/api/v1/processes/{process.Key}", new ProcessUpdate(2, false, 3, 70), RegieApp.Json, Ct);
        changed.EnsureSuccessStatusCode();
        var dto = (await changed.Content.ReadFromJsonAsync<ProcessDto>(RegieApp.Json, Ct))!;
        Assert.Equal((2, false, 3, 70), (dto.Criticality, dto.Essential, dto.EffectiveMinSeal, dto.EffectiveMinScore));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/v1/processes/bestaat-niet", new ProcessUpdate(2, false, null, null), RegieApp.Json, Ct)).StatusCode);
    }

    [Fact]
    public async Task TheWeightProfileIsOneOfTheModelsProfiles()
    {
        var client = app.CreateClient();
        var other = app.Services.GetRequiredService<RegieKnowledge>().Model.Profiles.Select(p => p.Id).First(id => id != "ec-calculator-2026");

        Assert.Equal(HttpStatusCode.BadRequest,
            (await client.PutAsJsonAsync("/api/v1/organisations/current/weight-profile", new WeightProfileInput("geen-profiel"), RegieApp.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PutAsJsonAsync("/api/v1/organisations/current/weight-profile", new WeightProfileInput(other), RegieApp.Json, Ct)).StatusCode);

        var board = Assert.Single((await client.GetFromJsonAsync<List<OrganisationDto>>("/api/v1/organisations", RegieApp.Json, Ct))!);
        Assert.Equal(other, board.WeightProfile);
    }

    [Fact]
    public async Task AnExportPostedToTheApiBecomesTheBoardsServicesAndABrokenFileWritesNothing()
    {
        var client = app.ClientFor(await app.CreateBoardAsync($"Bestuur {Guid.NewGuid():N}"));
        var entra = Path.GetFullPath(Path.Combine(Regie.Core.Knowledge.Loading.DataFolder.Locate(), "..", "tests", "fixtures", "imports", "entra-enterprise-apps.csv"));

        var imported = await client.PostAsync("/api/v1/import?fileName=entra-enterprise-apps.csv&format=entra",
            new ByteArrayContent(await File.ReadAllBytesAsync(entra, Ct)), Ct);

        imported.EnsureSuccessStatusCode();
        var result = (await imported.Content.ReadFromJsonAsync<ImportResultDto>(RegieApp.Json, Ct))!;
        Assert.True(result.Created > 0);
        Assert.Contains(await app.ServicesAsync(client), s => s.CatalogProductId == "zoom");

        var before = (await app.ServicesAsync(client)).Count;
        var broken = await client.PostAsync("/api/v1/import?fileName=notities.csv&format=inventory", new StringContent("geen;kopregel\n1;2"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.NotEmpty((await broken.Content.ReadFromJsonAsync<ImportResultDto>(RegieApp.Json, Ct))!.Errors);
        Assert.Equal(before, (await app.ServicesAsync(client)).Count);

        var unknownFormat = await client.PostAsync("/api/v1/import?fileName=x.csv&format=wordperfect", new StringContent("x"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknownFormat.StatusCode);
        Assert.Contains("herkent dit bestand niet", await unknownFormat.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData(null, "kapot.csv: Rij 3, kolom 'leerlingen': 'veel' is geen getal.")]
    [InlineData("en", "kapot.csv: Row 3, column 'leerlingen': 'veel' is not a number.")]
    public async Task AnImportProblemComesWithItsPlaceCodeArgumentsAndTextInTheReadersLanguage(string? language, string line)
    {
        var client = app.ClientFor(await app.CreateBoardAsync($"Bestuur {Guid.NewGuid():N}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=kapot.csv&format=inventory")
        {
            Content = new StringContent("naam;leerlingen\nEigen app;12\nAndere app;veel\n"),
        };
        if (language is not null)
        {
            request.Headers.Add("Accept-Language", language);
        }

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<ImportResultDto>(RegieApp.Json, Ct))!.Errors);
        Assert.Equal(("kapot.csv", 3, "leerlingen"), (error.File, error.Row, error.Column));
        Assert.Equal("notANumber", error.Why.Code);
        Assert.Equal("veel", error.Why.Args["value"]?.ToString());
        Assert.Equal(line, error.Text);
        Assert.EndsWith(error.Why.Text, error.Text);
        Assert.Empty(await app.ServicesAsync(client));
    }

    [Fact]
    public async Task AnImportsRowsSayWhatBecameOfThemAsReasons()
    {
        var client = app.ClientFor(await app.CreateBoardAsync($"Bestuur {Guid.NewGuid():N}"));
        var entra = Path.GetFullPath(Path.Combine(Regie.Core.Knowledge.Loading.DataFolder.Locate(), "..", "tests", "fixtures", "imports", "entra-enterprise-apps.csv"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=entra-enterprise-apps.csv&format=entra")
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(entra, Ct)),
        };
        request.Headers.Add("Accept-Language", "en");

        var result = (await (await client.SendAsync(request, Ct)).Content.ReadFromJsonAsync<ImportResultDto>(RegieApp.Json, Ct))!;

        var zoom = Assert.Single(result.Rows, r => r.RawName == "Zoom");
        Assert.Equal(("rij 2", 2, "newServiceRecognised", "zoom"), (zoom.Place, zoom.Row, zoom.Why.Code, zoom.Why.Args["product"]?.ToString()));
        Assert.Equal("new service, recognised as zoom.", zoom.Why.Text);
        Assert.Equal("managedIdentitySkipped", Assert.Single(result.Rows, r => r.RawName == "Backup automation").Why.Code);
    }

    [Fact]
    public async Task AnImportAboveTheLimitIsRefusedAndNothingChanges()
    {
        var client = app.CreateClient();
        var before = (await app.ServicesAsync(client)).Count;
        var tooBig = new ByteArrayContent(new byte[ImportOperations.MaxBytes + 1]);

        var response = await client.PostAsync("/api/v1/import?fileName=groot.csv&format=inventory", tooBig, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("hoogstens 20 MB", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(before, (await app.ServicesAsync(client)).Count);
    }
}
