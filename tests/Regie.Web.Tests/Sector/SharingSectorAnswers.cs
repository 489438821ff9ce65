using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Web.Features.Sharing;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.SectorSharing;

/// <summary>
/// A vendor answer received once for the sector is offered, with its provenance, to a board whose services it concerns,
/// and becomes the board's own answer only when an editor accepts it (audited with that editor).
/// </summary>
public sealed class SharingSectorAnswers(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASectorAnswerIsOfferedWithItsProvenanceAndAnEditorAcceptsIt()
    {
        var board = await app.CreateBoardAsync("Stichting Vraag");
        await using (var db = RegieDatabase.Create(app.Database, new FixedTenant(board, "test")))
        {
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Ons leerlingvolgsysteem", CatalogProductId = "magister", ProcessKeys = ["leerlingvolgsysteem"] });
            await db.SaveChangesAsync(Ct);
        }

        var editor = await app.SignedInClientAsync("bewerker@vraag.nl", board, BoardRole.Editor);
        var admin = await app.SignedInClientAsync("systeem@regie.nl", board, BoardRole.None, systemAdministrator: true);
        var vendors = await editor.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires", Ct);
        var vendorId = vendors.EnumerateArray().Single().GetProperty("vendorId").GetString()!;
        var questionnaire = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/questionnaires/{vendorId}", Ct);
        var question = questionnaire.GetProperty("questions").EnumerateArray()
            .First(q => q.GetProperty("kind").GetString() == "criterion" && q.GetProperty("id").GetString()!.StartsWith("magister/", StringComparison.OrdinalIgnoreCase));
        var (subject, topic) = (question.GetProperty("id").GetString()!.Split('/')[0], question.GetProperty("id").GetString()!.Split('/')[1]);

        var added = await admin.PostAsJsonAsync("/api/v1/sector/answers",
            new SectorAnswerInput(vendorId, questionnaire.GetProperty("vendorName").GetString(), subject, topic, "0", null, DateOnly.FromDateTime(DateTime.UtcNow), "SIVON", "Brief van 1 december"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        var refused = await editor.PostAsJsonAsync("/api/v1/sector/answers",
            new SectorAnswerInput(vendorId, "x", subject, topic, "0", null, DateOnly.FromDateTime(DateTime.UtcNow), "SIVON", "x"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var page = await editor.GetStringAsync("/questionnaires", Ct);
        Assert.Contains("ontvangen door SIVON", page);
        Assert.Contains("Brief van 1 december", page);

        Guid id;
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var stored = await db.SectorVendorAnswers.SingleAsync(Ct);
            Assert.Equal("systeem@regie.nl", stored.RecordedBy);
            id = stored.Id;
        }

        var accepted = await FormPost.SubmitAsync(editor, "/questionnaires", $"/questionnaires?handler=Accept&id={id}", []);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var after = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/questionnaires/{vendorId}", Ct);
        var answered = after.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == question.GetProperty("id").GetString());
        Assert.Contains("SIVON", answered.GetProperty("answer").GetProperty("explanation").GetString());
        Assert.Contains("overgenomen", await editor.GetStringAsync("/questionnaires", Ct));
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var audit = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter])
                .Where(a => a.OrganisationId == board && a.Entity == nameof(VendorAnswerEntity)).ToListAsync(Ct);
            Assert.NotEmpty(audit);
            Assert.All(audit, a => Assert.Equal("bewerker@vraag.nl", a.Actor));
        }
    }

    [Fact]
    public async Task AcceptingASectorAnswerWithTheVersionFromBeforeAnotherAnswerOfTheVendorIsRefused()
    {
        var board = await app.CreateBoardAsync("Stichting Versie");
        await using (var db = RegieDatabase.Create(app.Database, new FixedTenant(board, "test")))
        {
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Ons leerlingvolgsysteem", CatalogProductId = "magister", ProcessKeys = ["leerlingvolgsysteem"] });
            await db.SaveChangesAsync(Ct);
        }

        var editor = await app.SignedInClientAsync("bewerker@versie.nl", board, BoardRole.Editor);
        var admin = await app.SignedInClientAsync("systeem@regie.nl", board, BoardRole.None, systemAdministrator: true);
        var vendorId = (await editor.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires", Ct)).EnumerateArray().Single().GetProperty("vendorId").GetString()!;
        var questionnaire = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/questionnaires/{vendorId}", Ct);
        var questionId = questionnaire.GetProperty("questions").EnumerateArray()
            .First(q => q.GetProperty("kind").GetString() == "criterion" && q.GetProperty("id").GetString()!.StartsWith("magister/", StringComparison.OrdinalIgnoreCase))
            .GetProperty("id").GetString()!;
        var (subject, topic) = (questionId.Split('/')[0], questionId.Split('/')[1]);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await admin.PostAsJsonAsync("/api/v1/sector/answers",
            new SectorAnswerInput(vendorId, questionnaire.GetProperty("vendorName").GetString(), subject, topic, "0", null, today, "SIVON", "Brief"), Ct)).EnsureSuccessStatusCode();
        var offered = (await editor.GetFromJsonAsync<JsonElement>("/api/v1/sector/answers", Ct)).EnumerateArray().Single();
        var (id, version) = (offered.GetProperty("id").GetGuid(), offered.GetProperty("version").GetString()!);
        (await editor.PostAsJsonAsync($"/api/v1/questionnaires/{vendorId}/answers",
            new { answers = new[] { new { question = questionId, answer = "1", explanation = "eigen mail", date = today.ToString("yyyy-MM-dd") } } }, Ct)).EnsureSuccessStatusCode();

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sector/answers/{id}/accept");
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        var refused = await editor.SendAsync(stale, Ct);

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        string? Explanation(JsonElement q) => q.GetProperty("questions").EnumerateArray().Single(x => x.GetProperty("id").GetString() == questionId)
            .GetProperty("answer").GetProperty("explanation").GetString();
        var now = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/questionnaires/{vendorId}", Ct);
        Assert.Equal("eigen mail", Explanation(now));
        using var current = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sector/answers/{id}/accept");
        current.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{now.GetProperty("version").GetString()}\""));
        Assert.Equal(HttpStatusCode.NoContent, (await editor.SendAsync(current, Ct)).StatusCode);
        Assert.Contains("SIVON", Explanation(await editor.GetFromJsonAsync<JsonElement>($"/api/v1/questionnaires/{vendorId}", Ct)));
    }

    private static KeyValuePair<string, string>[] Fields(string source = "Brief van 1 december") =>
    [
        new("Answer.VendorId", "iddink"), new("Answer.VendorName", "Iddink"), new("Answer.Subject", "magister"), new("Answer.Topic", "SOV1.parent"),
        new("Answer.Answer", "0"), new("Answer.AnsweredOn", "2026-12-01"), new("Answer.ReceivedBy", "SIVON"), new("Answer.Source", source),
    ];

    [Fact]
    public async Task ASystemAdministratorRecordsASectorAnswerOnTheSharedSectorPageWithTheApisChecks()
    {
        var board = await app.CreateBoardAsync("Stichting Formulier");
        var admin = await app.SignedInClientAsync("systeem@regie.nl", board, BoardRole.None, systemAdministrator: true);

        Assert.Contains("id=\"answer-form\"", await admin.GetStringAsync("/sector/shared", Ct));
        var missing = await FormPost.SubmitAsync(admin, "/sector/shared", "/sector/shared?handler=Answer", Fields(""));
        var missingPage = await missing.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Er is niets opgeslagen.", missingPage);
        Assert.Contains("Bron: vul dit in.", missingPage);
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            Assert.Empty(await db.SectorVendorAnswers.ToListAsync(Ct));
        }

        var saved = await FormPost.SubmitAsync(admin, "/sector/shared", "/sector/shared?handler=Answer", Fields("Brief van 1 december"));

        Assert.Contains("id=\"answer-saved\"", await saved.Content.ReadAsStringAsync(Ct));
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var stored = await db.SectorVendorAnswers.SingleAsync(Ct);
            Assert.Equal(("iddink", "magister", "SOV1.parent", "Brief van 1 december", "systeem@regie.nl"), (stored.VendorId, stored.Subject, stored.Topic, stored.Source, stored.RecordedBy));
        }
    }

    [Fact]
    public async Task ASectorAnalystSeesNoAnswerFormAndCannotPostOne()
    {
        await app.CreateUserAsync("analist@sivon.nl", false, sectorAnalyst: true);
        var analyst = app.AnonymousClient();
        await RegieApp.SignInAsync(analyst, "analist@sivon.nl");

        var page = await analyst.GetStringAsync("/sector/shared", Ct);
        // The page holds no form to post for an analyst; a valid antiforgery token from another page of theirs gets past that check.
        var posted = await FormPost.SubmitAsync(analyst, "/account/tokens", "/sector/shared?handler=Answer", Fields());

        Assert.DoesNotContain("answer-form", page);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        Assert.Empty(await db.SectorVendorAnswers.ToListAsync(Ct));
    }
}
