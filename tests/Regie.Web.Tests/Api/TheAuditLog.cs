using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Features.Audit;
using Regie.Web.Features.Services;

namespace Regie.Web.Tests.Api;

/// <summary>The audit log answers "who did this": every change with its actor, old and new values, filtered, exported, per board.</summary>
public sealed class TheAuditLog(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> MagisterAsync(HttpClient client) => (await app.ServicesAsync(client)).Single(s => s.Name == "Magister").Id;

    private static async Task<AuditPageDto> LogAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<AuditPageDto>($"/api/v1/audit{query}", RegieApp.Json, Ct))!;

    /// <summary>Changes the notes of a service as another actor would (the command line), straight through the data layer.</summary>
    private async Task ChangeNotesAsAsync(string actor, Guid service, string notes)
    {
        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(await app.DemoBoardIdAsync(), actor));
        (await db.Services.SingleAsync(s => s.Id == service, Ct)).Notes = notes;
        await db.SaveChangesAsync(Ct);
    }

    private static async Task SetNotesAsync(HttpClient client, Guid id, string notes)
    {
        var dto = (await client.GetFromJsonAsync<ServiceDto>($"/api/v1/services/{id}", RegieApp.Json, Ct))!;
        var input = new ServiceInput
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
            Version = dto.Version,
        };
        (await client.PutAsJsonAsync($"/api/v1/services/{id}", input, RegieApp.Json, Ct)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task AnEditShowsUpWithItsActorAndTheOldAndNewValue()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        await SetNotesAsync(client, id, "Eerste notitie");
        await ChangeNotesAsAsync("cli:anna", id, "Tweede notitie");

        var log = await LogAsync(client, "?entity=ServiceEntity");

        var latest = log.Entries[0];
        Assert.Equal(("cli:anna", "ServiceEntity", id.ToString(), "Modified"), (latest.Actor, latest.Entity, latest.EntityId, latest.Action));
        Assert.Equal(new AuditChangeDto("Notes", "Eerste notitie", "Tweede notitie"), Assert.Single(latest.Changes));
        var before = log.Entries[1];
        Assert.Equal("web", before.Actor);
        Assert.Contains(before.Changes, c => c.Field == "Notes" && c.New == "Eerste notitie");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?entity=ServiceEntity", Ct));
        Assert.Contains("cli:anna", page);
        Assert.Contains("Eerste notitie", page);
        Assert.Contains("Tweede notitie", page);
        Assert.Contains("gewijzigd", page);
    }

    [Fact]
    public async Task ChangedFieldsAndTheirClosedValuesAreNamedAsTheFormsNameThem()
    {
        var client = app.CreateClient();
        var created = await client.PostAsJsonAsync("/api/v1/services", new { name = "Logboekdienst", processes = new[] { "lesgeven" }, dataLocation = "EuOnly", notes = "n" }, Ct);
        created.EnsureSuccessStatusCode();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?entity=ServiceEntity", Ct));
        Assert.Contains("<td>Locatie van gegevens</td>", page);
        Assert.Contains(">alleen in de EU</td>", page);
        Assert.Contains("<td>Notities</td>", page);
        Assert.DoesNotContain("<td>DataLocation</td>", page);
        Assert.DoesNotContain(">EuOnly</td>", page);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/audit?entity=ServiceEntity");
        request.Headers.Add("Cookie", "regie-lang=en");
        var english = WebUtility.HtmlDecode(await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Contains("<td>Data location</td>", english);
        Assert.Contains(">EU only</td>", english);
        // The stored log itself keeps the stored names: the API and the exports are a record, not a page.
        Assert.Contains((await LogAsync(client, "?entity=ServiceEntity")).Entries[0].Changes, c => c.Field == "DataLocation" && c.New == "EuOnly");
    }

    [Fact]
    public async Task HostileValuesShowAsTextNeverAsHtml()
    {
        var client = app.CreateClient();
        await SetNotesAsync(client, await MagisterAsync(client), "<img src=x onerror=alert(1)>");

        var page = await client.GetStringAsync("/audit", Ct);

        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page);
    }

    [Fact]
    public async Task TheFiltersNarrowByEntityActorAndDate()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        await SetNotesAsync(client, id, "Gefilterd");
        await ChangeNotesAsAsync("cli:anna", id, "Door Anna");
        var today = DateOnly.FromDateTime(DateTime.Now);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var everything = await LogAsync(client);
        var anna = await LogAsync(client, "?actor=cli:anna");
        var processes = await LogAsync(client, "?entity=ProcessEntity");
        var fromToday = await LogAsync(client, $"?from={Day(today)}&to={Day(today)}");
        var tomorrow = await LogAsync(client, $"?from={Day(today.AddDays(1))}");
        var untilYesterday = await LogAsync(client, $"?to={Day(today.AddDays(-1))}");

        Assert.True(everything.Total > 10);
        Assert.Contains("cli:anna", everything.Actors);
        Assert.Contains("ServiceEntity", everything.Entities);
        Assert.Equal("Door Anna", Assert.Single(Assert.Single(anna.Entries).Changes).New);
        Assert.NotEmpty(processes.Entries);
        Assert.All(processes.Entries, e => Assert.Equal("ProcessEntity", e.Entity));
        Assert.Equal(everything.Total, fromToday.Total);
        Assert.Equal(0, tomorrow.Total);
        Assert.Equal(0, untilYesterday.Total);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?actor=cli:anna", Ct));
        Assert.Contains("1 regel", page);
        Assert.Contains("Door Anna", page);
        Assert.DoesNotContain("<td class=\"actor\">web</td>", page);
        Assert.Contains("<td class=\"actor\">cli:anna</td>", page);
    }

    [Fact]
    public async Task PagesAreBoundedAndDoNotOverlap()
    {
        var client = app.CreateClient();

        var first = await LogAsync(client, "?pageSize=3");
        var second = await LogAsync(client, "?pageSize=3&page=2");
        var huge = await LogAsync(client, "?pageSize=100000");

        Assert.Equal(3, first.Entries.Count);
        Assert.Empty(first.Entries.Select(e => e.Id).Intersect(second.Entries.Select(e => e.Id)));
        Assert.True(first.Entries[^1].Id > second.Entries[0].Id);
        Assert.Equal(AuditLog.MaxPageSize, huge.PageSize);
        Assert.True(huge.Entries.Count <= AuditLog.MaxPageSize);
    }

    [Fact]
    public async Task TheCsvExportNeutralisesFormulasAndKeepsTheFilter()
    {
        var client = app.CreateClient();
        var id = await MagisterAsync(client);
        await ChangeNotesAsAsync("=HYPERLINK(\"http://evil\")", id, "+SUM(A1)");
        await ChangeNotesAsAsync("@anna", id, "-1");

        var response = await client.GetAsync("/api/v1/audit?format=csv&entity=ServiceEntity", Ct);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(string.Join(';', AuditLog.CsvHeader), rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Contains(";ServiceEntity;", r));
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil\"\")\"", rows[2].Split(';', 2)[1]);
        Assert.Contains(";'@anna;", rows[1]);
        Assert.DoesNotContain(rows.SelectMany(r => r.Split(';')), cell => cell.TrimStart('"') is ['=' or '+' or '-' or '@', ..]);
        Assert.Equal((await LogAsync(client, "?entity=ServiceEntity")).Total, rows.Length - 1);

        Assert.Equal("'=1+1", AuditLog.Cell("=1+1"));
        Assert.Equal("'-2", AuditLog.Cell("-2"));
        Assert.Equal("\"a;b\"", AuditLog.Cell("a;b"));
    }

    [Fact]
    public async Task TheJsonExportHoldsEveryEntryOfTheFilter()
    {
        var client = app.CreateClient();
        await ChangeNotesAsAsync("cli:anna", await MagisterAsync(client), "JSON");

        var response = await client.GetAsync("/api/v1/audit?format=json&actor=cli:anna", Ct);
        var entries = (await response.Content.ReadFromJsonAsync<List<AuditEntryDto>>(RegieApp.Json, Ct))!;
        var viaPage = (await client.GetFromJsonAsync<List<AuditEntryDto>>("/audit?handler=json&actor=cli:anna", RegieApp.Json, Ct))!;

        Assert.Contains("logboek.json", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString());
        Assert.Equal("JSON", Assert.Single(Assert.Single(entries).Changes).New);
        Assert.Equal(entries.Single().Id, Assert.Single(viaPage).Id);
    }

    [Fact]
    public async Task AnUnknownFormatIsRefusedInDutch()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/audit?format=xlsx", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kies csv of json", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AnotherBoardsEntriesNeverAppear()
    {
        var demo = app.CreateClient();
        var other = await app.CreateBoardAsync("Stichting Elders");
        var otherClient = app.ClientFor(other);
        var created = await otherClient.PostAsJsonAsync("/api/v1/services", new { name = "Geheim elders", processes = new[] { "lesgeven" } }, Ct);
        created.EnsureSuccessStatusCode();
        var demoId = await app.DemoBoardIdAsync();

        var demoLog = await LogAsync(demo, "?pageSize=200");
        var demoCsv = await demo.GetStringAsync("/api/v1/audit?format=csv", Ct);
        var demoJson = await demo.GetStringAsync("/api/v1/audit?format=json", Ct);
        var demoPage = await demo.GetStringAsync("/audit", Ct);
        var otherLog = await LogAsync(otherClient, "?pageSize=200");

        Assert.All(demoLog.Entries, e => Assert.Equal(demoId, e.OrganisationId));
        Assert.DoesNotContain("Geheim elders", demoCsv);
        Assert.DoesNotContain("Geheim elders", demoJson);
        Assert.DoesNotContain("Geheim elders", demoPage);
        Assert.DoesNotContain(other.ToString(), demoCsv);
        Assert.All(otherLog.Entries, e => Assert.Equal(other, e.OrganisationId));
        Assert.Contains(otherLog.Entries, e => e.Changes.Any(c => c.New == "Geheim elders"));
    }

    [Fact]
    public async Task TheLogIsInTheMenuAndSpeaksEnglishWhenAsked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/audit");
        request.Headers.Add("Cookie", "regie-lang=en");

        var english = await (await app.CreateClient().SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
        var dutch = await app.CreateClient().GetStringAsync("/", Ct);

        Assert.Contains("<a href=\"/audit\"", dutch);
        Assert.Contains(">Logboek</a>", dutch);
        Assert.Contains("Audit log", english);
        Assert.Contains("Export (CSV)", english);
    }
}
