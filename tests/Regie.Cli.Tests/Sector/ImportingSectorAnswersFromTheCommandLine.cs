using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;

namespace Regie.Cli.Tests.Sector;

/// <summary>
/// `regie sector answers import FILE`: many sector vendor answers at once, each checked as the API checks one, stored all
/// or nothing, audited with the command line's user, and then offered to the board that uses the product.
/// </summary>
public sealed class ImportingSectorAnswersFromTheCommandLine
{
    private const string Header = "vendorId;vendorName;subject;topic;answer;explanation;answeredOn;receivedBy;source";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Guid> UsesMagisterAsync(TestBoard board)
    {
        await using var system = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var organisation = await system.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(Ct);
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), new FixedTenant(organisation.Id, "test"));
        db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Ons leerlingvolgsysteem", CatalogProductId = "magister", ProcessKeys = ["leerlingvolgsysteem"] });
        await db.SaveChangesAsync(Ct);
        return organisation.Id;
    }

    private static async Task<int> StoredAsync(TestBoard board)
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        return await db.SectorVendorAnswers.CountAsync(Ct);
    }

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AGoodCsvStoresEveryAnswerAuditedWithTheUserAndTheBoardIsOfferedThem()
    {
        using var board = await TestBoard.CreateAsync();
        var organisation = await UsesMagisterAsync(board);
        var file = board.WriteFile("antwoorden.csv", $"""
            {Header}
            iddink;Iddink;magister;SOV1;0;Alles in Nederland;{Today};SIVON;Brief van 1 december
            iddink;Iddink;magister;SOV2;1;;{Today};SIVON;Brief van 1 december

            iddink;Iddink;magister;SOV3;0;"Met ; een puntkomma";{Today};SIVON;Overleg van 3 december
            """);

        var result = await board.RunAsync("sector", "answers", "import", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 antwoorden opgeslagen", result.Out);
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var stored = await db.SectorVendorAnswers.ToListAsync(Ct);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, s => Assert.Equal($"cli:{Environment.UserName}", s.RecordedBy));
        Assert.Contains(stored, s => s.Explanation == "Met ; een puntkomma");
        var audited = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter])
            .Where(a => a.Entity == nameof(SectorVendorAnswerEntity) && a.Action == "Added").ToListAsync(Ct);
        Assert.Equal(3, audited.Count);
        Assert.All(audited, a => Assert.Equal($"cli:{Environment.UserName}", a.Actor));

        await using var own = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), new FixedTenant(organisation, "test"));
        var landscape = await own.LoadLandscapeAsync(new OrganisationId(organisation), TimeProvider.System, Ct);
        var offered = await SectorAnswerRecords.RelevantAsync(own, landscape, KnowledgeLoader.Load(Cli.RealDataFolder), DateOnly.FromDateTime(DateTime.UtcNow), Ct);
        Assert.Equal(["magister/SOV1", "magister/SOV2", "magister/SOV3"], offered.Select(o => o.Relevant.Answer.Question.ToString()).Order().ToArray());
        Assert.All(offered, o => Assert.Equal("Ons leerlingvolgsysteem", Assert.Single(o.Relevant.Services).Name));
    }

    [Fact]
    public async Task TheJsonTheApiTakesAsAnArrayIsReadToo()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.WriteFile("antwoorden.json", $$"""
            [
              { "vendorId": "iddink", "vendorName": "Iddink", "subject": "magister", "topic": "SOV1", "answer": "0", "answeredOn": "{{Today}}", "receivedBy": "SIVON", "source": "Brief" },
              { "vendorId": "iddink", "vendorName": "Iddink", "subject": "magister", "topic": "SOV2", "answer": "1", "explanation": null, "answeredOn": "{{Today}}", "receivedBy": "SIVON", "source": "Brief" }
            ]
            """);

        var result = await board.RunAsync("sector", "answers", "import", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, await StoredAsync(board));
    }

    // The file `regie catalog questions` writes carries the question's text in a first column; answered, it goes here too.
    [Fact]
    public async Task TheCatalogsQuestionsFileOnceAnsweredIsReadWithItsQuestionColumnLeftAside()
    {
        using var board = await TestBoard.CreateAsync();
        var csv = board.WriteFile("vragen.csv", $"""
            question;{Header}
            "Magister: In welke regio of welk land staan de servers van de dienst? Vrije tekst, zoals 'West-Europa (Amsterdam)'.";iddink;Iddink;magister;hostingRegion;Nederland;;{Today};SIVON;Brief
            """);
        var json = board.WriteFile("vragen.json", $$"""
            [{ "question": "Magister: waar?", "vendorId": "iddink", "vendorName": "Iddink", "subject": "magister", "topic": "dataLocation", "answer": "2", "answeredOn": "{{Today}}", "receivedBy": "SIVON", "source": "Brief" }]
            """);

        var fromCsv = await board.RunAsync("sector", "answers", "import", csv);
        var fromJson = await board.RunAsync("sector", "answers", "import", json);

        Assert.True(fromCsv.ExitCode == 0, fromCsv.ToString());
        Assert.True(fromJson.ExitCode == 0, fromJson.ToString());
        Assert.Equal(2, await StoredAsync(board));
    }

    [Fact]
    public async Task OneBadRowStoresNothingAndNamesFileRowAndField()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.WriteFile("antwoorden.csv", $"""
            {Header}
            iddink;Iddink;magister;SOV1;0;;{Today};SIVON;Brief
            iddink;Iddink;;SOV2;1;;{Today};SIVON;Brief
            iddink;Iddink;magister;SOV3;1;;1 december;SIVON;Brief
            """);

        var result = await board.RunAsync("sector", "answers", "import", file);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Er is niets opgeslagen", result.Err);
        Assert.Contains("antwoorden.csv: rij 3, veld 'subject': Onderwerp (product of leverancier): vul dit in.", result.Err);
        Assert.Contains("antwoorden.csv: rij 4, veld 'answeredOn': '1 december' is geen datum", result.Err);
        Assert.DoesNotContain("rij 2", result.Err);
        Assert.Equal(0, await StoredAsync(board));
    }

    [Fact]
    public async Task ABadAnswerInJsonNamesItsPlaceInTheArrayAndTheField()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.WriteFile("antwoorden.json", $$"""
            [
              { "vendorId": "iddink", "vendorName": "Iddink", "subject": "magister", "topic": "SOV1", "answer": "0", "answeredOn": "{{Today}}", "receivedBy": "SIVON", "source": "Brief" },
              { "vendorId": "iddink", "vendorName": "Iddink", "subject": "magister", "topic": "SOV2", "answer": 1, "answeredOn": "{{Today}}", "receivedBy": "SIVON" }
            ]
            """);

        var result = await board.RunAsync("sector", "answers", "import", file);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("antwoorden.json: rij 2, veld 'answer': verwacht tekst tussen aanhalingstekens.", result.Err);
        Assert.Contains("antwoorden.json: rij 2, veld 'source': Bron: vul dit in.", result.Err);
        Assert.DoesNotContain("Antwoord: vul dit in", result.Err);
        Assert.Equal(0, await StoredAsync(board));
    }

    [Fact]
    public async Task AMissingColumnIsNamedAndNothingStored()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.WriteFile("antwoorden.csv", $"vendorId;vendorName;subject;topic;antwoord;answeredOn;receivedBy;source\niddink;Iddink;magister;SOV1;0;{Today};SIVON;Brief\n");

        var result = await board.RunAsync("sector", "answers", "import", file);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("antwoorden.csv: rij 1, kolom 'antwoord' is onbekend", result.Err);
        Assert.Contains("antwoorden.csv: rij 1, de kolom 'answer' ontbreekt", result.Err);
        Assert.Equal(0, await StoredAsync(board));
    }

    [Fact]
    public async Task AFileOverTheRowLimitIsRefusedAndNothingStored()
    {
        using var board = await TestBoard.CreateAsync();
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 10_001; i++)
        {
            text.Append($"iddink;Iddink;magister;SOV1;0;;{Today};SIVON;Brief\n");
        }

        var result = await board.RunAsync("sector", "answers", "import", board.WriteFile("veel.csv", text.ToString()));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("veel.csv: meer dan 10.000 antwoorden; de grens is 10.000 per bestand", result.Err);
        Assert.Equal(0, await StoredAsync(board));
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedBeforeItIsRead()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.WriteFile("groot.csv", Header + "\n" + new string('x', 5 * 1024 * 1024));

        var result = await board.RunAsync("sector", "answers", "import", file);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("groot.csv: het bestand is 5,0 MB; de grens is 5 MB", result.Err);
        Assert.Equal(0, await StoredAsync(board));
    }

    [Fact]
    public async Task WithAServerItIsRefusedWithTheWayThere()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.WriteFile("antwoorden.csv", Header + "\n");

        var result = await Cli.RunAsync("--server", "https://regie.example", "sector", "answers", "import", file);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("werkt alleen met een lokale database", result.Err);
    }
}
