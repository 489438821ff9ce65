using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.SectorSharing;

/// <summary>
/// A system administrator uploads a file of sector vendor answers on /sector/shared: the reader and rules of `regie sector
/// answers import` (docs/SECTOR.md), all or nothing, errors naming file, row and field, audited with the uploader.
/// </summary>
public sealed partial class UploadingSectorAnswers(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Header = "vendorId;vendorName;subject;topic;answer;explanation;answeredOn;receivedBy;source";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string tokenPage, string name, byte[] content)
    {
        var token = Token().Match(await client.GetStringAsync(tokenPage, Ct)).Groups[1].Value;
        Assert.NotEmpty(token);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "answersFile", name },
        };
        return await client.PostAsync("/sector/shared?handler=AnswersFile", form, Ct);
    }

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n");

    private async Task<List<SectorVendorAnswerEntity>> StoredAsync()
    {
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        return await db.SectorVendorAnswers.ToListAsync(Ct);
    }

    [Fact]
    public async Task AGoodFileStoresEveryAnswerAuditedWithTheAdministratorWhoUploadedIt()
    {
        var board = await app.CreateBoardAsync("Stichting Upload");
        var admin = await app.SignedInClientAsync("systeem@regie.nl", board, BoardRole.None, systemAdministrator: true);
        Assert.Contains("id=\"answers-file-form\"", await admin.GetStringAsync("/sector/shared", Ct));

        var response = await UploadAsync(admin, "/sector/shared", "antwoorden.csv", Csv(
            "iddink;Iddink;magister;SOV1.parent;0;;2026-12-01;SIVON;Brief van 1 december",
            "microsoft;Microsoft;microsoft-365;SOV2.law;1;\"Met ; een puntkomma\";2026-11-20;SIVON;Gesprek"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("antwoorden.csv: 2 antwoorden opgeslagen.", await response.Content.ReadAsStringAsync(Ct));
        var stored = await StoredAsync();
        Assert.Equal(["magister", "microsoft-365"], stored.Select(s => s.Subject).Order(StringComparer.Ordinal));
        Assert.All(stored, s => Assert.Equal("systeem@regie.nl", s.RecordedBy));
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var audited = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter])
            .Where(a => a.Entity == nameof(SectorVendorAnswerEntity) && a.Action == "Added").ToListAsync(Ct);
        Assert.Equal(2, audited.Count);
        Assert.All(audited, a => Assert.Equal("systeem@regie.nl", a.Actor));
    }

    // SIVON's round trip on the web: the catalog's questions from the link on this page, one filled in, uploaded here.
    [Fact]
    public async Task TheCatalogsQuestionsFromThisPageComeBackAnsweredAsSectorAnswers()
    {
        var board = await app.CreateBoardAsync("Stichting Vragen");
        var admin = await app.SignedInClientAsync("sivon@regie.nl", board, BoardRole.None, systemAdministrator: true);
        var page = await admin.GetStringAsync("/sector/shared", Ct);
        Assert.Contains("href=\"/api/v1/catalog/questions?format=csv\"", page[page.IndexOf("id=\"catalog-questions-for-vendors\"", StringComparison.Ordinal)..]);

        var questions = (await admin.GetStringAsync("/api/v1/catalog/questions?format=csv", Ct)).TrimStart('\uFEFF').Split("\r\n");
        // The question's text is the only cell that may be quoted (it can hold ';'); the ids after it never are.
        var first = questions[1];
        var question = first.StartsWith('"') ? first[..(first.IndexOf("\";", 1, StringComparison.Ordinal) + 1)] : first[..first.IndexOf(';', StringComparison.Ordinal)];
        var rest = first[(question.Length + 1)..].Split(';');
        var answered = $"{question};{rest[0]};{rest[1]};{rest[2]};{rest[3]};zie de brief;;2026-12-01;SIVON;Brief";
        var response = await UploadAsync(admin, "/sector/shared", "vragen.csv", System.Text.Encoding.UTF8.GetBytes(questions[0] + "\r\n" + answered + "\r\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vragen.csv: 1 antwoord opgeslagen.", await response.Content.ReadAsStringAsync(Ct));
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal((rest[0], rest[2], rest[3]), (stored.VendorId, stored.Subject, stored.Topic));
    }

    [Fact]
    public async Task OneWrongAnswerStoresNothingAndTheErrorsNameFileRowAndField()
    {
        var board = await app.CreateBoardAsync("Stichting Fout");
        var admin = await app.SignedInClientAsync("systeem@regie.nl", board, BoardRole.None, systemAdministrator: true);

        var response = await UploadAsync(admin, "/sector/shared", "fout.csv", Csv(
            "iddink;Iddink;magister;SOV1.parent;0;;2026-12-01;SIVON;Brief",
            "iddink;Iddink;magister;SOV1.law;0;;1 december;SIVON;Brief",
            "iddink;Iddink;magister;SOV1.data;0;;2026-12-01;SIVON;"));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Contains("id=\"answers-file-errors\"", page);
        Assert.Contains("Er is niets opgeslagen.", page);
        Assert.Contains("fout.csv: rij 3, veld 'answeredOn': '1 december' is geen datum", page);
        Assert.Contains("fout.csv: rij 4, veld 'source': Bron: vul dit in.", page);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task AFileOverTheLimitIsRefusedWhole()
    {
        var board = await app.CreateBoardAsync("Stichting Groot");
        var admin = await app.SignedInClientAsync("systeem@regie.nl", board, BoardRole.None, systemAdministrator: true);
        var row = "iddink;Iddink;magister;SOV1.parent;0;;2026-12-01;SIVON;Brief\n";
        var big = Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(Enumerable.Repeat(row, (int)(5.5 * 1024 * 1024 / row.Length))));

        var response = await UploadAsync(admin, "/sector/shared", "groot.csv", big);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Contains("groot.csv: het bestand is 5,5 MB; de grens is 5 MB.", page);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task ASectorAnalystCannotUploadAndSeesNoUploadForm()
    {
        await app.CreateUserAsync("analist@sivon.nl", false, sectorAnalyst: true);
        var analyst = app.AnonymousClient();
        await RegieApp.SignInAsync(analyst, "analist@sivon.nl");

        var page = await analyst.GetStringAsync("/sector/shared", Ct);
        // A valid antiforgery token from another page of theirs gets past that check; the handler's own rule refuses.
        var posted = await UploadAsync(analyst, "/account/tokens", "antwoorden.csv", Csv("iddink;Iddink;magister;SOV1.parent;0;;2026-12-01;SIVON;Brief"));

        Assert.DoesNotContain("answers-file-form", page);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task WithoutTheAntiforgeryTokenNothingIsStored()
    {
        var board = await app.CreateBoardAsync("Stichting Vals");
        var admin = await app.SignedInClientAsync("systeem@regie.nl", board, BoardRole.None, systemAdministrator: true);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Csv("iddink;Iddink;magister;SOV1.parent;0;;2026-12-01;SIVON;Brief")), "answersFile", "a.csv" } };

        var posted = await admin.PostAsync("/sector/shared?handler=AnswersFile", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task UploadsAreLimitedAsTheOtherImportsAndTheSingleAnswerFormIsNot()
    {
        using var limited = app.SignInRequired.WithWebHostBuilder(b => b.UseSetting("Regie:RateLimits:imports", "1"));
        var board = await app.CreateBoardAsync("Stichting Druk");
        await app.CreateUserAsync("systeem@regie.nl", true);
        var admin = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await RegieApp.SignInAsync(admin, "systeem@regie.nl");
        var file = Csv("iddink;Iddink;magister;SOV1.parent;0;;2026-12-01;SIVON;");

        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(admin, "/sector/shared", "a.csv", file)).StatusCode);
        var second = await UploadAsync(admin, "/sector/shared", "a.csv", file);
        var single = await FormPost.SubmitAsync(admin, "/sector/shared", "/sector/shared?handler=Answer", [new("Answer.VendorId", "iddink")]);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        _ = board;
    }

    [Fact]
    public async Task TwoIdenticalAnswersAreTwoOffersToTheBoard()
    {
        var board = await app.CreateBoardAsync("Stichting Dubbel");
        await using (var db = RegieDatabase.Create(app.Database, new FixedTenant(board, "test")))
        {
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Ons leerlingvolgsysteem", CatalogProductId = "magister", ProcessKeys = ["leerlingvolgsysteem"] });
            await db.SaveChangesAsync(Ct);
        }

        var admin = await app.SignedInClientAsync("systeem@regie.nl", board, BoardRole.None, systemAdministrator: true);
        var editor = await app.SignedInClientAsync("bewerker@dubbel.nl", board, BoardRole.Editor);
        var vendor = (await editor.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires", Ct)).EnumerateArray().Single().GetProperty("vendorId").GetString()!;
        // The same file twice: two stored answers alike in every field.
        var file = Csv($"{vendor};Iddink;magister;SOV1.parent;0;;2026-12-01;SIVON;Brief van 1 december");
        Assert.Contains("1 antwoord opgeslagen", await (await UploadAsync(admin, "/sector/shared", "a.csv", file)).Content.ReadAsStringAsync(Ct));
        Assert.Contains("1 antwoord opgeslagen", await (await UploadAsync(admin, "/sector/shared", "a.csv", file)).Content.ReadAsStringAsync(Ct));

        var offered = (await editor.GetFromJsonAsync<List<JsonElement>>("/api/v1/sector/answers", Ct))!;
        var page = await editor.GetAsync("/questionnaires", Ct);

        Assert.Equal(2, offered.Count);
        Assert.Equal((await StoredAsync()).Select(s => s.Id).Order(), offered.Select(o => o.GetProperty("id").GetGuid()).Order());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Brief van 1 december", await page.Content.ReadAsStringAsync(Ct));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
