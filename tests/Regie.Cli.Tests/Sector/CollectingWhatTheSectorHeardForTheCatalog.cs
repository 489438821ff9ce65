using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Data;

namespace Regie.Cli.Tests.Sector;

/// <summary>
/// The vendors' answers come back "shared, as the sector's" (PRODUCT.md 6a): `regie sector answers collect` gathers what
/// boards that share with the sector recorded about the catalog's open questions, and `regie catalog answers` reads the file
/// into the catalog. A board that does not share is never read, and no board is named.
/// </summary>
public sealed class CollectingWhatTheSectorHeardForTheCatalog : IDisposable
{
    private readonly TestBoard board = new();
    private readonly string today = DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private readonly DateOnly yesterday = DateOnly.FromDateTime(DateTime.Now.AddDays(-1));

    public CollectingWhatTheSectorHeardForTheCatalog()
    {
        LintingTheCatalog.CopyFolder(Cli.RealDataFolder, Data);
        var catalog = Path.Combine(Data, "catalog", "catalog.yaml");
        File.WriteAllLines(catalog, File.ReadAllLines(catalog).Select(l => l.StartsWith("released:", StringComparison.Ordinal) ? "released: " + today : l));
    }

    private string Data => Path.Combine(board.Folder, "data");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => board.Dispose();

    private async Task<Guid> BoardAsync(string name, bool shares, params (string Subject, string Topic, string Vendor, string Answer)[] answers)
    {
        var settings = DatabaseSettings.SqliteFile(board.DatabasePath);
        await RegieDatabase.MigrateAsync(settings, Ct);
        Guid id;
        await using (var system = RegieDatabase.Create(settings, TenantContext.System))
        {
            var organisation = await system.CreateOrganisationAsync(name, [Regie.Core.Landscape.Sector.Po], 500, 50, false, [], Ct);
            (organisation.SharesWithSector, organisation.SharesVendorAnswers) = (shares, shares);
            await system.SaveChangesAsync(Ct);
            id = organisation.Id;
        }

        await using var db = RegieDatabase.Create(settings, new FixedTenant(id, "test"));
        db.VendorAnswers.AddRange(VendorAnswerRows.For(id, answers, yesterday, DateTimeOffset.UtcNow, "redacteur@" + name, $"Mail aan {name}"));
        await db.SaveChangesAsync(Ct);
        return id;
    }

    [Fact]
    public async Task WhatTwoSharingBoardsHeardGoesIntoTheCatalogAndABoardThatDoesNotShareIsNeverRead()
    {
        var open = CatalogQuestions.Open(KnowledgeLoader.Load(Data).Catalog, KnowledgeLoader.Load(Data).Catalog.Products).Questions;
        var product = open.GroupBy(q => q.ProductId).First(g => g.Count() == 3);
        var vendor = product.First().VendorId;
        var other = open.First(q => q.ProductId != product.Key && q.Fact == Regie.Core.Questionnaires.FactTopic.HostingProvider);
        await BoardAsync("Stichting Eik", shares: true, (product.Key, "hostingProvider", vendor, "azure"), (product.Key, "dataLocation", vendor, "EuOnly"),
            (other.ProductId, "hostingProvider", other.VendorId, "aws"));
        await BoardAsync("Stichting Linde", shares: true, (product.Key, "hostingProvider", vendor, "azure"), (product.Key, "dataLocation", vendor, "EuOnly"));
        await BoardAsync("Stichting Beuk", shares: false, (product.Key, "hostingProvider", vendor, "aws"), (product.Key, "hostingRegion", vendor, "Frankfurt"),
            (other.ProductId, "hostingProvider", other.VendorId, "aws"));
        var file = board.PathOf("voor-de-catalogus.csv");

        var collected = await Cli.RunAsync("--database", board.DatabasePath, "sector", "answers", "collect", "--data", Data, "--output", file, "--k", "2");

        Assert.True(collected.ExitCode == 0, collected.ToString());
        Assert.Contains("2 antwoorden over 1 product voor de catalogus", collected.Err);
        var aws = KnowledgeLoader.Load(Data).Catalog.ProviderById["aws"].Name;
        Assert.Contains($"Nog te weinig besturen (minstens 2 zonder sectorantwoord):\n  {other.ProductName}, hostingpartij: {aws} (minder dan 2 besturen)", collected.Err.ReplaceLineEndings("\n"));
        var text = File.ReadAllText(file, Encoding.UTF8);
        Assert.Equal(3, text.Trim().Split('\n').Length);
        Assert.DoesNotContain("Frankfurt", text);
        foreach (var name in new[] { "Eik", "Linde", "Beuk", "redacteur" })
        {
            Assert.DoesNotContain(name, text + collected.Err);
        }

        var applied = await Cli.RunAsync("catalog", "answers", file, "--data", Data, "--apply");

        Assert.True(applied.ExitCode == 0, applied.ToString());
        Assert.Contains("2 feiten geschreven in", applied.Out);
        var products = File.ReadAllText(Path.Combine(Data, "catalog", "products.yaml"));
        Assert.Contains("    hostingProvider: {value: \"azure\", source: \"answer of ", products);
        Assert.Contains("received by 2 school boards sharing with the sector in Regie: the vendor's answer as recorded in each board's vendor questionnaire", products);
        Assert.Contains("    dataLocation: {value: \"eu-only\", source: \"answer of ", products);
        Assert.Equal(0, (await Cli.RunAsync("catalog", "lint", "--data", Data)).ExitCode);
    }

    [Fact]
    public async Task WithoutAnyAnswerTheFileHasOnlyItsHeaderAndSaysSo()
    {
        await BoardAsync("Stichting Eik", shares: true);

        var collected = await Cli.RunAsync("--database", board.DatabasePath, "sector", "answers", "collect", "--data", Data);

        Assert.True(collected.ExitCode == 0, collected.ToString());
        Assert.Equal("question;vendorId;vendorName;subject;topic;answer;explanation;answeredOn;receivedBy;source", collected.Out.Trim());
        Assert.Contains("0 antwoorden over 0 producten voor de catalogus", collected.Err);
    }

    [Fact]
    public async Task ABoardChoosesWithSectorShareWhetherItsVendorsAnswersCountAndKIsAtLeastTwo()
    {
        using var created = await TestBoard.CreateAsync();

        var on = await created.RunAsync("sector", "share", "on", "--vendor-answers", "on");
        var status = await created.RunAsync("sector", "share", "status");
        var off = await created.RunAsync("sector", "share", "on", "--vendor-answers", "off");
        var one = await created.RunAsync("sector", "answers", "collect", "--k", "1");

        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.Contains("Antwoorden van leveranciers over waar catalogusproducten draaien tellen mee voor de catalogus.", on.Out);
        Assert.Contains("tellen mee voor de catalogus.", status.Out);
        Assert.Contains("Antwoorden van leveranciers tellen niet mee voor de catalogus.", off.Out);
        Assert.NotEqual(0, one.ExitCode);
        Assert.Contains("--k: minstens 2", one.Err);
    }
}
