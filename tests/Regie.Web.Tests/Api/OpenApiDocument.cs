using System.Net.Http.Json;
using System.Text.Json;

namespace Regie.Web.Tests.Api;

public sealed class OpenApiDocument(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task TheDocumentIsServedAndListsTheServicesEndpoints()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/services", out var services));
        Assert.True(services.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/v1/services/{id}/score", out _));
        Assert.True(paths.TryGetProperty("/api/v1/graph", out _));
    }
}
