using System.Globalization;
using System.Text;

namespace Regie.Cli.Tests;

/// <summary>
/// Issue 17 point 1 through the vendors, as a curator works: `regie catalog questions` writes what the catalog lacks, a
/// vendor fills in the file, and `regie catalog answers FILE --apply` writes the answers into the catalog as stated facts,
/// only when the changed catalog still passes lint; a bad file changes nothing.
/// </summary>
public sealed class AskingVendorsWhatTheCatalogLacks : IDisposable
{
    private readonly TestBoard board = new();
    private readonly string today = DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private readonly string yesterday = DateTime.Now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public AskingVendorsWhatTheCatalogLacks()
    {
        LintingTheCatalog.CopyFolder(Cli.RealDataFolder, Data);

        // A release of today, so an answer of yesterday is neither after the release nor expired, whatever day the test runs.
        var catalog = Path.Combine(Data, "catalog", "catalog.yaml");
        File.WriteAllLines(catalog, File.ReadAllLines(catalog).Select(l => l.StartsWith("released:", StringComparison.Ordinal) ? "released: " + today : l));
    }

    private string Data => Path.Combine(board.Folder, "data");

    private string Products => Path.Combine(Data, "catalog", "products.yaml");

    public void Dispose() => board.Dispose();

    /// <summary>The questions file's rows for the first product all three of whose place facts are asked, answered as a vendor would.</summary>
    private async Task<(string File, string Product, string Vendor)> AnsweredQuestionsAsync(Func<string, string> answerOf)
    {
        var questions = board.PathOf("vragen.csv");
        var written = await Cli.RunAsync("catalog", "questions", "--data", Data, "--output", questions);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Matches(@"^\d+ vragen over \d+ producten aan \d+ leveranciers\.", written.Err);

        var lines = File.ReadAllLines(questions, Encoding.UTF8);
        Assert.Equal("question;vendorId;vendorName;subject;topic;answer;explanation;answeredOn;receivedBy;source", lines[0].TrimStart('\uFEFF'));
        var rows = lines.Skip(1).Select(Cells).ToList();
        var product = rows.GroupBy(r => r[3]).First(g => g.Count() == 3).Key;
        var vendor = rows.First(r => r[3] == product)[1];
        var answered = rows.Where(r => r[3] == product)
            .Select(r => string.Join(';', r[1], r[2], r[3], r[4], answerOf(r[4]), "", yesterday, "SIVON", $"\"Brief van {vendor}, {yesterday}\""));
        var file = board.PathOf("antwoorden.csv");
        File.WriteAllLines(file, ["vendorId;vendorName;subject;topic;answer;explanation;answeredOn;receivedBy;source", .. answered]);
        return (file, product, vendor);
    }

    // The question text is the only quoted cell with ';' in it; the ids and topics never are.
    private static string[] Cells(string line)
    {
        var question = line.StartsWith('"') ? line[..(line.IndexOf("\";", 1, StringComparison.Ordinal) + 1)] : line[..line.IndexOf(';', StringComparison.Ordinal)];
        return [question, .. line[(question.Length + 1)..].Split(';')];
    }

    private static string Place(string topic) => topic switch
    {
        "hostingProvider" => "eigen datacentrum",
        "hostingRegion" => "Nederland (Amsterdam)",
        _ => "2",
    };

    [Fact]
    public async Task PerVendorEachFileHoldsOnlyThatVendorsQuestionsAndTogetherTheyAreTheWholeFile()
    {
        var whole = board.PathOf("vragen.csv");
        var folder = board.PathOf("per-leverancier");
        Assert.Equal(0, (await Cli.RunAsync("catalog", "questions", "--data", Data, "--output", whole)).ExitCode);

        var split = await Cli.RunAsync("catalog", "questions", "--data", Data, "--per-vendor", folder);

        Assert.True(split.ExitCode == 0, split.ToString());
        var rows = File.ReadAllLines(whole, Encoding.UTF8).Skip(1).Select(Cells).ToList();
        var files = Directory.GetFiles(folder);
        Assert.Equal(rows.Select(r => r[1]).Distinct().Count(), files.Length);
        var perFile = files.Select(f => File.ReadAllLines(f, Encoding.UTF8).Skip(1).Select(Cells).ToList()).ToList();
        Assert.All(perFile, r => Assert.Single(r.Select(cells => cells[1]).Distinct()));
        Assert.Equal(rows.Select(r => string.Join(';', r)).Order(StringComparer.Ordinal), perFile.SelectMany(r => r).Select(r => string.Join(';', r)).Order(StringComparer.Ordinal));

        // One vendor's file is what --vendor writes, and says so in its name and on the output.
        var vendor = rows[0][1];
        var own = Assert.Single(files, f => Path.GetFileName(f).StartsWith($"vragen-van-de-catalogus-{vendor}-", StringComparison.Ordinal));
        var one = await Cli.RunAsync("catalog", "questions", "--data", Data, "--vendor", vendor, "--output", board.PathOf("een.csv"));
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Equal(File.ReadAllText(own), File.ReadAllText(board.PathOf("een.csv")));
        Assert.Contains($"{rows[0][2]}: ", split.Out);
        Assert.Contains($"→ {own}", split.Out);
    }

    [Fact]
    public async Task AVendorWithoutQuestionsOrBothWaysAtOnceIsRefusedInDutch()
    {
        // A vendor of a most-used product that the catalog asks nothing, taken from the data so the test holds as it learns.
        var knowledge = Regie.Core.Knowledge.KnowledgeLoader.Load(Data);
        var asked = Regie.Core.Catalog.CatalogQuestions.OpenForMostUsed(knowledge).PerVendor().Select(v => v.VendorId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var answered = knowledge.MostUsedProducts()!.Select(p => p.Vendor.Value).First(v => v is not null && v != "unknown" && !asked.Contains(v))!;

        var unknown = await Cli.RunAsync("catalog", "questions", "--data", Data, "--vendor", "geen-bedrijf");
        var nothingAsked = await Cli.RunAsync("catalog", "questions", "--data", Data, "--vendor", answered);
        var both = await Cli.RunAsync("catalog", "questions", "--data", Data, "--per-vendor", board.PathOf("map"), "--output", board.PathOf("v.csv"));

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("--vendor: 'geen-bedrijf' is geen leverancier in de catalogus (companies.yaml). Leveranciers met open vragen: ", unknown.Err);
        Assert.Equal(1, nothingAsked.ExitCode);
        Assert.Contains($"De catalogus heeft geen open vragen aan {knowledge.Catalog.CompanyById[answered].Name} over de meest gebruikte producten", nothingAsked.Err);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("laat --output en --vendor dan weg", both.Err);
        Assert.False(Directory.Exists(board.PathOf("map")));
        Assert.False(File.Exists(board.PathOf("v.csv")));
    }

    [Fact]
    public async Task PerVendorWritesOnlyIntoANewOrEmptyFolderAndSaysInDutchWhyNot()
    {
        var used = board.PathOf("gebruikt");
        Directory.CreateDirectory(used);
        File.WriteAllText(Path.Combine(used, "vragen-van-de-catalogus-oud.csv"), "oud");
        var file = board.PathOf("een-bestand");
        File.WriteAllText(file, "");

        var intoUsed = await Cli.RunAsync("catalog", "questions", "--data", Data, "--per-vendor", used);
        var underAFile = await Cli.RunAsync("catalog", "questions", "--data", Data, "--per-vendor", Path.Combine(file, "map"));
        var json = await Cli.RunAsync("catalog", "questions", "--data", Data, "--per-vendor", board.PathOf("json"), "--format", "json");

        Assert.Equal(1, intoUsed.ExitCode);
        Assert.Contains($"de map '{used}' is niet leeg", intoUsed.Err);
        Assert.Single(Directory.GetFiles(used));
        Assert.Equal(1, underAFile.ExitCode);
        Assert.Contains("(--per-vendor) schrijven", underAFile.Err);
        Assert.DoesNotContain("Interne fout", underAFile.Err);
        Assert.True(json.ExitCode == 0, json.ToString());
        var files = Directory.GetFiles(board.PathOf("json"));
        Assert.All(files, f => Assert.EndsWith(".json", f, StringComparison.Ordinal));
        using var first = System.Text.Json.JsonDocument.Parse(File.ReadAllText(files[0]));
        Assert.Single(first.RootElement.EnumerateArray().Select(r => r.GetProperty("vendorId").GetString()).Distinct());
    }

    [Fact]
    public async Task AnsweredQuestionsBecomeStatedFactsOnlyWithApplyAndTheFiguresSayWhatChanged()
    {
        var (file, product, vendor) = await AnsweredQuestionsAsync(Place);
        var before = File.ReadAllText(Products);

        var shown = await Cli.RunAsync("catalog", "answers", file, "--data", Data);

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Contains($"rij 4: {product}/dataLocation = eu-only", shown.Out);
        Assert.Contains("Niets geschreven. Met --apply komen deze 3 feiten in products.yaml.", shown.Out);
        Assert.Equal(before, File.ReadAllText(Products));

        var applied = await Cli.RunAsync("catalog", "answers", file, "--data", Data, "--apply");

        Assert.True(applied.ExitCode == 0, applied.ToString());
        Assert.Contains("3 feiten geschreven in", applied.Out);
        Assert.Matches(@"Alle drie bekend over de meest gebruikte: (\d+) → \d+ van 80\.", applied.Out);
        var counts = System.Text.RegularExpressions.Regex.Match(applied.Out, @"de meest gebruikte: (\d+) → (\d+)");
        Assert.Equal(int.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture) + 1, int.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.Contains($"    hostingRegion: {{value: \"Nederland (Amsterdam)\", source: \"answer of ", File.ReadAllText(Products));
        Assert.Contains($"  - id: {vendor}-own", File.ReadAllText(Path.Combine(Data, "catalog", "providers.yaml")));
        var lint = await Cli.RunAsync("catalog", "lint", "--data", Data);
        Assert.True(lint.ExitCode == 0, lint.ToString());

        // Asked again only for a day by which the answers will have run out, such as the next release's.
        var nextYear = DateTime.Now.AddDays(400).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var now = await Cli.RunAsync("catalog", "questions", "--data", Data);
        var later = await Cli.RunAsync("catalog", "questions", "--data", Data, "--until", nextYear);
        Assert.DoesNotContain($";{product};", now.Out);
        Assert.Equal(3, later.Out.Split('\n').Count(l => l.Contains($";{product};", StringComparison.Ordinal)));
        var wrong = await Cli.RunAsync("catalog", "questions", "--data", Data, "--until", "1 juni");
        Assert.Contains("--until: '1 juni' is geen datum; schrijf JJJJ-MM-DD", wrong.Err);

        var again = await Cli.RunAsync("catalog", "answers", file, "--data", Data, "--apply");
        Assert.Contains("overgeslagen: de catalogus weet dit al (verklaard door leverancier)", again.Out);
        Assert.Contains("Geen antwoord vult een gat; er is niets veranderd.", again.Out);
    }

    [Fact]
    public async Task ABadAnswerChangesNothingAndIsNamedWithFileRowAndField()
    {
        var (file, _, _) = await AnsweredQuestionsAsync(topic => topic == "dataLocation" ? "overal" : Place(topic));
        var before = File.ReadAllBytes(Products);

        var result = await Cli.RunAsync("catalog", "answers", file, "--data", Data, "--apply");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Er is niets veranderd.", result.Err);
        Assert.Contains("antwoorden.csv: rij 4, veld 'answer': 'overal' is geen 0, 1 of 2.", result.Err);
        Assert.Equal(before, File.ReadAllBytes(Products));
    }

    [Fact]
    public async Task AnAnswerThatWouldFailLintIsNotWritten()
    {
        var (file, _, _) = await AnsweredQuestionsAsync(Place);
        // A release more than twelve months after the answers: the release may not carry a vendor's answer that ran out by then.
        var release = DateTime.Now.AddDays(400).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var catalog = Path.Combine(Data, "catalog", "catalog.yaml");
        File.WriteAllLines(catalog, File.ReadAllLines(catalog).Select(l => l.StartsWith("released:", StringComparison.Ordinal) ? "released: " + release : l));
        var before = File.ReadAllBytes(Products);

        var result = await Cli.RunAsync("catalog", "answers", file, "--data", Data, "--apply");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Er is niets veranderd: met deze antwoorden komt de catalogus niet door lint.", result.Err);
        Assert.Contains($"confidence stated: het antwoord van de leverancier van {yesterday} telde tot", result.Err);
        Assert.Contains($"en is bij de uitgave ({release}, catalog.yaml) verlopen", result.Err);
        Assert.Equal(before, File.ReadAllBytes(Products));
    }

    [Fact]
    public async Task AnAnswerThatRanOutIsRenewedByTheVendorsNewAnswerAndTheCatalogPassesLintAgain()
    {
        var (file, product, vendor) = await AnsweredQuestionsAsync(Place);
        Assert.Equal(0, (await Cli.RunAsync("catalog", "answers", file, "--data", Data, "--apply")).ExitCode);
        // The same answers, as if given thirteen months ago: they ran out, and lint says so.
        var longAgo = DateTime.Now.AddDays(-400).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var providers = Path.Combine(Data, "catalog", "providers.yaml");
        foreach (var path in new[] { Products, providers })
        {
            File.WriteAllText(path, File.ReadAllText(path).Replace($"checked: {yesterday}, confidence: stated}}", $"checked: {longAgo}, confidence: stated}}", StringComparison.Ordinal));
        }

        var lint = await Cli.RunAsync("catalog", "lint", "--data", Data);
        Assert.NotEqual(0, lint.ExitCode);
        Assert.Contains($"het antwoord van de leverancier van {longAgo} telde tot", lint.ToString());

        // A release carrying them is refused, so the curator asks again; the vendor's new answer renews them.
        var shown = await Cli.RunAsync("catalog", "answers", file, "--data", Data);
        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Contains("Met --apply komen deze 3 feiten in products.yaml.", shown.Out);

        var renewed = await Cli.RunAsync("catalog", "answers", file, "--data", Data, "--apply");

        Assert.True(renewed.ExitCode == 0, renewed.ToString());
        Assert.Contains("3 feiten geschreven in", renewed.Out);
        Assert.DoesNotContain(longAgo, File.ReadAllText(Products) + File.ReadAllText(providers));
        Assert.Equal(0, (await Cli.RunAsync("catalog", "lint", "--data", Data)).ExitCode);
        Assert.Single(File.ReadAllLines(providers), l => l.Trim() == $"- id: {vendor}-own");
    }
}
