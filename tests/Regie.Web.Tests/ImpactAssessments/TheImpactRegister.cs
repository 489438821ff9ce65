using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Web.Features.ImpactAssessments;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.ImpactAssessments;

/// <summary>The DPIA and KIA register through the API and the pages, on the demo board (issue 16, point 2).</summary>
public sealed partial class TheImpactRegister(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<Guid> ServiceAsync(HttpClient client, string name) => (await app.ServicesAsync(client)).Single(s => s.Name == name).Id;

    private static ImpactAssessmentInput Input(AssessmentStatus status, DateOnly? review, string? version, params HighRiskDto[] risks) =>
        new(status, Today.AddMonths(-13), ImpactOutcome.AcceptableWithMeasures, risks, review, null, "Model-DPIA van SIVON gevolgd", version);

    private static async Task<(ImpactEntryDto Entry, string ETag)> EntryAsync(HttpClient client, string kind, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/impact-assessments/{kind}/{id}", Ct);
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<ImpactEntryDto>(RegieApp.Json, Ct))!, response.Headers.ETag!.Tag);
    }

    private static async Task<int?> Sov7OptionAsync(HttpClient client, Guid id)
    {
        var score = await client.GetFromJsonAsync<JsonElement>($"/api/v1/services/{id}/score", Ct);
        foreach (var criterion in AllCriteria(score).Where(c => c.GetProperty("id").GetString()!.StartsWith("SOV7", StringComparison.Ordinal)))
        {
            if (criterion.TryGetProperty("reason", out var reason) && reason.GetProperty("code").GetString() is "dpiaRecorded" or "dpiaUnknown")
            {
                return criterion.GetProperty("option").ValueKind == JsonValueKind.Number ? criterion.GetProperty("option").GetInt32() : null;
            }
        }

        throw new InvalidOperationException("no criterion answered from the DPIA status");
    }

    private static IEnumerable<JsonElement> AllCriteria(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "criteria" && p.Value.ValueKind == JsonValueKind.Array
            ? p.Value.EnumerateArray()
            : AllCriteria(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllCriteria),
        _ => [],
    };

    [Fact]
    public async Task ASavedEntryComesBackWithItsRisksAndAnOverdueReview()
    {
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Magister");
        var (entry, _) = await EntryAsync(client, "dpia", id);
        var response = await client.PutAsJsonAsync($"/api/v1/impact-assessments/dpia/{id}",
            Input(AssessmentStatus.Done, Today.AddDays(-1), entry.Version, new HighRiskDto("Doorgifte naar de VS", "Eigen sleutels", MeasureStatus.InProgress), new HighRiskDto("Telemetrie", null, MeasureStatus.Planned)),
            RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var register = await client.GetFromJsonAsync<ImpactRegisterDto>("/api/v1/impact-assessments/dpia?overdue=true", RegieApp.Json, Ct);
        var line = Assert.Single(register!.Entries);
        Assert.Equal(("Magister", true, 2, 1), (line.Service, line.Overdue, line.Risks.Count, line.HighRisksWithoutMeasure));
        Assert.Equal("Eigen sleutels", line.Risks[0].Measure);
        Assert.Contains(line.Reasons, r => r.Code == "reviewOverdue");
        var kia = await client.GetFromJsonAsync<ImpactRegisterDto>("/api/v1/impact-assessments/kia?overdue=true", RegieApp.Json, Ct);
        Assert.Empty(kia!.Entries);
    }

    [Fact]
    public async Task TheBoardReportCountsTheRegisterAndNamesOverdueReviews()
    {
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Magister");
        var (entry, _) = await EntryAsync(client, "kia", id);
        (await client.PutAsJsonAsync($"/api/v1/impact-assessments/kia/{id}",
            Input(AssessmentStatus.Done, Today.AddDays(-2), entry.Version, new HighRiskDto("Profilering van leerlingen", null, MeasureStatus.Planned)), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var report = WebUtility.HtmlDecode(await client.GetStringAsync("/report?handler=html", Ct));

        var section = report[report.IndexOf("<section class=\"impact-assessments\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("<h2>DPIA's en KIA's</h2>", section);
        Assert.Contains("<tr><th>KIA</th>", section);
        Assert.Contains("KIA achterstallig: Magister", section);
        Assert.EndsWith("<td>1</td><td>1</td></tr>", section[..(section.IndexOf("</tbody>", StringComparison.Ordinal))]);
    }

    [Fact]
    public async Task TheRegisterEditsTheStatusThatFeedsSov7()
    {
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Magister");
        var (entry, _) = await EntryAsync(client, "dpia", id);
        (await client.PutAsJsonAsync($"/api/v1/impact-assessments/dpia/{id}", Input(AssessmentStatus.NotStarted, null, entry.Version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(0, await Sov7OptionAsync(client, id));

        var (again, _) = await EntryAsync(client, "dpia", id);
        (await client.PutAsJsonAsync($"/api/v1/impact-assessments/dpia/{id}", Input(AssessmentStatus.Done, Today.AddYears(1), again.Version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(2, await Sov7OptionAsync(client, id));
        Assert.Equal(AssessmentStatus.Done, (await EntryAsync(client, "dpia", id)).Entry.Status);
    }

    [Fact]
    public async Task BadInputIsRefusedByFieldAndStoresNothing()
    {
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Magister");
        var (before, etag) = await EntryAsync(client, "dpia", id);
        var bad = new ImpactAssessmentInput(AssessmentStatus.Done, Today.AddDays(-10), ImpactOutcome.Acceptable,
            [new("", "Versleutelen", MeasureStatus.Done), new("Risico\u202E", null, MeasureStatus.Planned)], Today.AddDays(-20), null, null, before.Version);

        var response = await client.PutAsJsonAsync($"/api/v1/impact-assessments/dpia/{id}", bad, RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.StartsWith("Herzieningsdatum:", errors.GetProperty("reviewOn")[0].GetString());
        Assert.Contains("Risico 1", errors.GetProperty("risks[0].description")[0].GetString());
        Assert.StartsWith("Risico 2, risico:", errors.GetProperty("risks[1].description")[0].GetString());
        var (after, etagAfter) = await EntryAsync(client, "dpia", id);
        Assert.Equal(etag, etagAfter);
        Assert.Equal((before.Status, before.PerformedOn, 0), (after.Status, after.PerformedOn, after.Risks.Count));
    }

    [Fact]
    public async Task AStaleSaveGets409WithTheVersionInTheBodyAnd412WithIfMatch()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var id = await ServiceAsync(anna, "Magister");
        var (copy, etag) = await EntryAsync(anna, "kia", id);
        (await anna.PutAsJsonAsync($"/api/v1/impact-assessments/kia/{id}", Input(AssessmentStatus.InProgress, null, copy.Version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var conflict = await bram.PutAsJsonAsync($"/api/v1/impact-assessments/kia/{id}", Input(AssessmentStatus.Done, null, copy.Version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/impact-assessments/kia/{id}") { Content = JsonContent.Create(Input(AssessmentStatus.Done, null, null), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var precondition = await bram.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, precondition.StatusCode);
        Assert.Equal(AssessmentStatus.InProgress, (await EntryAsync(anna, "kia", id)).Entry.Status);
    }

    [Fact]
    public async Task ThePagesRoundTripAndOfferTheSectorDpia()
    {
        var client = app.CreateClient();
        var teams = await ServiceAsync(client, "Microsoft Teams");
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync($"/impact-assessments/dpia/{teams}", Ct));
        Assert.Contains("slm-surf-teams-onedrive-sharepoint-2022", editor);
        var version = Version().Match(editor).Groups[1].Value;

        var posted = await FormPost.SubmitAsync(client, $"/impact-assessments/dpia/{teams}", $"/impact-assessments/dpia/{teams}",
        [
            new("Form.Version", version), new("Form.Status", "Done"), new("Form.PerformedOn", Today.AddMonths(-2).ToString("yyyy-MM-dd")),
            new("Form.Outcome", "AcceptableWithMeasures"), new("Form.Risks[0].Description", "Toegang vanuit de VS tot bijzondere gegevens"),
            new("Form.Risks[0].Measure", "Geen bijzondere gegevens in Teams"), new("Form.Risks[0].MeasureStatus", "Done"),
            new("Form.ReviewOn", Today.AddDays(-3).ToString("yyyy-MM-dd")), new("Form.SectorDpiaId", "slm-surf-teams-onedrive-sharepoint-2022"),
        ]);
        Assert.Contains("De registratie is opgeslagen.", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync(Ct)));

        var register = WebUtility.HtmlDecode(await client.GetStringAsync("/impact-assessments?overdue=true", Ct));
        Assert.Contains("Microsoft Teams", register);
        Assert.Contains("data-flag=\"overdue\"", register);
        Assert.Contains("data-sector-dpia=\"slm-surf-teams-onedrive-sharepoint-2022\"", register);
        Assert.DoesNotContain(">Magister<", register);
        var (entry, _) = await EntryAsync(client, "dpia", teams);
        Assert.Equal(("Geen bijzondere gegevens in Teams", "slm-surf-teams-onedrive-sharepoint-2022"), (entry.Risks.Single().Measure, entry.SectorDpiaId));
    }

    [Fact]
    public async Task TheEditorRefusesAReviewBeforeThePerformedDateInDutch()
    {
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Magister");
        var editor = await client.GetStringAsync($"/impact-assessments/dpia/{id}", Ct);
        var response = await FormPost.SubmitAsync(client, $"/impact-assessments/dpia/{id}", $"/impact-assessments/dpia/{id}",
        [
            new("Form.Version", Version().Match(editor).Groups[1].Value), new("Form.Status", "Done"), new("Form.Outcome", "Acceptable"),
            new("Form.PerformedOn", "2026-05-01"), new("Form.ReviewOn", "2026-04-01"),
        ]);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Herzieningsdatum: 1 april 2026 ligt vóór de datum uitgevoerd (1 mei 2026).", page);
        Assert.Null((await EntryAsync(client, "dpia", id)).Entry.PerformedOn);
    }

    [Fact]
    public async Task TheRegisterDownloadsAsCsvWithoutFormulas()
    {
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Magister");
        var (entry, _) = await EntryAsync(client, "dpia", id);
        (await client.PutAsJsonAsync($"/api/v1/impact-assessments/dpia/{id}",
            Input(AssessmentStatus.Done, null, entry.Version, new HighRiskDto("=HYPERLINK(\"http://x\")", null, MeasureStatus.Planned)), RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        var csv = await client.GetStringAsync("/api/v1/exports/impact-assessments?format=csv", Ct);
        Assert.Contains("Magister", csv);
        Assert.DoesNotContain(";=HYPERLINK", csv);
        Assert.DoesNotContain(";\"=HYPERLINK", csv);
    }

    [GeneratedRegex("name=\"Form.Version\" value=\"([^\"]*)\"")]
    private static partial Regex Version();
}
