using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Web.Features.Services;

namespace Regie.Web.Tests.Api;

/// <summary>No silent lost update: a save made from an older version of a service is refused with the current values.</summary>
public sealed partial class TwoEditorsOfOneService(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private async Task<ServiceSummaryDto> MagisterAsync(HttpClient client) =>
        (await app.ServicesAsync(client)).Single(s => s.Name == "Magister");

    private static async Task<(ServiceDto Dto, string ETag)> ReadAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/services/{id}", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var dto = (await response.Content.ReadFromJsonAsync<ServiceDto>(RegieApp.Json, TestContext.Current.CancellationToken))!;
        return (dto, response.Headers.ETag!.Tag);
    }

    private static ServiceInput Edited(ServiceDto dto, string notes, string? version = null) => new()
    {
        Name = dto.Name,
        CatalogProductId = dto.CatalogProductId,
        Processes = [.. dto.Processes],
        Pupils = dto.Pupils,
        Staff = dto.Staff,
        DataCategories = [.. dto.DataCategories],
        SignsInThrough = dto.SignsInThrough,
        HostedOnService = dto.HostedOnService,
        HostingProviderId = dto.HostingProviderId,
        VendorId = dto.VendorId,
        DataLocation = dto.DataLocation,
        ExportFormats = [.. dto.ExportFormats],
        AnnualCost = dto.AnnualCost,
        Mitigation = dto.Mitigation,
        Notes = notes,
        Version = version,
    };

    [Fact]
    public async Task TheVersionIsTheETagAndStaysUntilTheServiceChanges()
    {
        var client = app.CreateClient();
        var id = (await MagisterAsync(client)).Id;

        var (first, etag) = await ReadAsync(client, id);
        var (_, again) = await ReadAsync(client, id);

        Assert.Equal($"\"{first.Version}\"", etag);
        Assert.Equal(etag, again);
        var put = await client.PutAsJsonAsync($"/api/v1/services/{id}", Edited(first, "Nieuw", first.Version), RegieApp.Json, TestContext.Current.CancellationToken);
        put.EnsureSuccessStatusCode();
        Assert.NotEqual(etag, put.Headers.ETag!.Tag);
        Assert.Equal(put.Headers.ETag!.Tag, (await ReadAsync(client, id)).ETag);
    }

    [Fact]
    public async Task TheSecondOfTwoEditorsWithTheSameVersionGets409WithTheCurrentValuesAndOverwritesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var id = (await MagisterAsync(anna)).Id;
        var (annasCopy, _) = await ReadAsync(anna, id);
        var (bramsCopy, _) = await ReadAsync(bram, id);

        var first = await anna.PutAsJsonAsync($"/api/v1/services/{id}", Edited(annasCopy, "Anna was eerst", annasCopy.Version), RegieApp.Json, ct);
        var second = await bram.PutAsJsonAsync($"/api/v1/services/{id}", Edited(bramsCopy, "Bram was later", bramsCopy.Version), RegieApp.Json, ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Contains("intussen door iemand anders gewijzigd", problem.GetProperty("title").GetString());
        Assert.Equal("Anna was eerst", problem.GetProperty("current").GetProperty("notes").GetString());
        var (stored, etag) = await ReadAsync(anna, id);
        Assert.Equal("Anna was eerst", stored.Notes);
        Assert.Equal(stored.Version, problem.GetProperty("currentVersion").GetString());
        Assert.Equal(etag, second.Headers.ETag!.Tag);

        var retried = await bram.PutAsJsonAsync($"/api/v1/services/{id}", Edited(stored, "Bram, opnieuw", stored.Version), RegieApp.Json, ct);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task AStaleIfMatchGets412()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var id = (await MagisterAsync(client)).Id;
        var (dto, etag) = await ReadAsync(client, id);
        (await client.PutAsJsonAsync($"/api/v1/services/{id}", Edited(dto, "Eerst", dto.Version), RegieApp.Json, ct)).EnsureSuccessStatusCode();

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/services/{id}") { Content = JsonContent.Create(Edited(dto, "Te laat"), options: RegieApp.Json) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var stale = await client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Eerst", (await ReadAsync(client, id)).Dto.Notes);
    }

    [Fact]
    public async Task TenSavesFromOneVersionAtOnceStoreExactlyOne()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var id = (await MagisterAsync(client)).Id;
        var (dto, _) = await ReadAsync(client, id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            client.PutAsJsonAsync($"/api/v1/services/{id}", Edited(dto, $"Editor {i}", dto.Version), RegieApp.Json, ct)));

        var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r != winner), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var stored = (await ReadAsync(client, id)).Dto.Notes;
        Assert.Equal(stored, (await winner.Content.ReadFromJsonAsync<ServiceDto>(RegieApp.Json, ct))!.Notes);
    }

    [Fact]
    public async Task TheEditPageRefusesAStaleFormInDutchAndShowsTheCurrentValues()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var id = (await MagisterAsync(client)).Id;
        var page = await client.GetStringAsync($"/services/{id}/edit", ct);
        var version = VersionField().Match(page).Groups[1].Value;
        Assert.Equal((await ReadAsync(client, id)).Dto.Version, version);

        // Someone else saves first, through the API.
        var (dto, _) = await ReadAsync(client, id);
        (await client.PutAsJsonAsync($"/api/v1/services/{id}", Edited(dto, "Door de collega", dto.Version), RegieApp.Json, ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, $"/services/{id}/edit", $"/services/{id}/edit",
        [
            new("Input.Name", "Magister"), new("Input.Version", version), new("Input.Notes", "Mijn verouderde notitie"),
            new("Input.Processes", "lesgeven"),
        ]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));
        Assert.Contains("Iemand anders heeft deze dienst opgeslagen nadat u het formulier opende (web, ", html);
        Assert.Contains("Uw wijzigingen zijn niet opgeslagen", html);
        Assert.Contains("Door de collega", html);
        Assert.DoesNotContain("Mijn verouderde notitie", html);
        var (stored, _) = await ReadAsync(client, id);
        Assert.Equal("Door de collega", stored.Notes);
        Assert.Equal(stored.Version, VersionField().Match(html).Groups[1].Value);
    }

    [Fact]
    public async Task TheEditPageSavesWhenNobodyElseDid()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = (await MagisterAsync(client)).Id;
        var version = VersionField().Match(await client.GetStringAsync($"/services/{id}/edit", ct)).Groups[1].Value;

        var response = await FormPost.SubmitAsync(client, $"/services/{id}/edit", $"/services/{id}/edit",
            [new("Input.Name", "Magister"), new("Input.Version", version), new("Input.Notes", "Gewoon opgeslagen"), new("Input.Processes", "lesgeven")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Gewoon opgeslagen", (await ReadAsync(client, id)).Dto.Notes);
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex VersionField();
}
