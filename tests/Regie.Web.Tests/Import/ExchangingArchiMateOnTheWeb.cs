using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Regie.Web.Features.Import;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Import;

public sealed class ExchangingArchiMateOnTheWeb(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDemoBoardsModelFromTheApiImportsIntoAnEmptyBoardWithTheSameServices()
    {
        var demo = app.ClientFor(await app.DemoBoardIdAsync());
        var response = await demo.GetAsync("/api/v1/archimate", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var model = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("model", XDocument.Load(new MemoryStream(model)).Root!.Name.LocalName);

        var empty = app.ClientFor(await app.CreateBoardAsync($"Leeg bestuur {Guid.NewGuid():N}"));
        var imported = await empty.PostAsync("/api/v1/import?fileName=model.xml&format=archimate", new ByteArrayContent(model), Ct);

        var result = await imported.Content.ReadFromJsonAsync<ImportResultDto>(RegieApp.Json, Ct);
        Assert.True(imported.IsSuccessStatusCode, string.Join("\n", result!.Errors.Select(e => e.Text)));
        Assert.Equal(
            (await app.ServicesAsync(demo)).Select(s => s.Name).Order(StringComparer.Ordinal),
            (await app.ServicesAsync(empty)).Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheGraphPageDownloadsTheSameModel()
    {
        var demo = app.ClientFor(await app.DemoBoardIdAsync());

        var page = await demo.GetStringAsync("/graph", Ct);
        var download = await demo.GetAsync("/graph?handler=ArchiMate", Ct);

        Assert.Contains("Exporteren als ArchiMate", page, StringComparison.Ordinal);
        Assert.Equal("regie-archimate.xml", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(await demo.GetStringAsync("/api/v1/archimate", Ct), await download.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AnInvalidModelIsRefusedThroughTheApiNamingTheLine()
    {
        var client = app.ClientFor(await app.CreateBoardAsync($"Bestuur {Guid.NewGuid():N}"));

        var response = await client.PostAsync("/api/v1/import?fileName=kapot.xml&format=archimate",
            new StringContent("<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" identifier=\"m\">\n<name>x</name>\n<elements>\n</model>"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<ImportResultDto>(RegieApp.Json, Ct);
        Assert.StartsWith("kapot.xml: dit is geen geldige XML (regel 4,", Assert.Single(result!.Errors).Text, StringComparison.Ordinal);
        Assert.Empty(await app.ServicesAsync(client));
    }
}
