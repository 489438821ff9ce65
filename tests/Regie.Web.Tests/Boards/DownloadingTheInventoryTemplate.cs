using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Regie.Web.Features.Import;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Boards;

/// <summary>The inventory template from the import page and the API: the generator of `regie import template`, and a file the import reads back.</summary>
public sealed class DownloadingTheInventoryTemplate(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheImportPageOffersBothTemplatesAndGivesAnXlsxWorkbook()
    {
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/import", Ct);
        Assert.Contains("href=\"/import?handler=Template&amp;format=xlsx\"", page);
        Assert.Contains("href=\"/import?handler=Template&amp;format=csv\"", page);

        var response = await client.GetAsync("/import?handler=Template&format=xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InventoryTemplateDownload.XlsxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inventaris.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task TheDownloadedTemplateImportsOnANewBoardAsItsTwoExampleServices()
    {
        var created = await app.CreateClient().PostAsJsonAsync("/api/v1/organisations", new { name = "Stichting Sjabloon", sectors = new[] { "Po" } }, Ct);
        var board = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var client = app.ClientFor(board);

        var template = await client.GetByteArrayAsync("/api/v1/import/template?format=csv", Ct);
        Assert.StartsWith("naam;", Encoding.UTF8.GetString(template).TrimStart('\uFEFF'), StringComparison.Ordinal);
        var imported = await client.PostAsync("/api/v1/import?fileName=inventaris.csv", new ByteArrayContent(template), Ct);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(["Magister", "Microsoft Entra ID"], (await app.ServicesAsync(client)).Select(s => s.Name).Order());
    }

    [Fact]
    public async Task AnUnknownTemplateFormatIsNamedInTheProblem()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/import/template?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("Formaat: 'pdf' kan niet; kies xlsx of csv.", errors.GetProperty("format")[0].GetString());
    }
}
