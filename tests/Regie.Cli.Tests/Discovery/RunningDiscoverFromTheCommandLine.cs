using System.Text.Json;

namespace Regie.Cli.Tests.Discovery;

/// <summary>`regie discover` against Knot on loopback: output formats, input files, exit codes, the summary and resuming.</summary>
[Collection(KnotDnsCollection.Name)]
public sealed class RunningDiscoverFromTheCommandLine(KnotServer dns) : IDisposable
{
    private static readonly string[] Schools =
    [
        "m365-school.test", "google-school.test", "mixed-school.test", "gateway-school.test", "hoster-school.test", "self-hosted-school.test",
        "proton-school.test",
    ];

    private readonly TestBoard _files = new();

    public void Dispose() => _files.Dispose();

    private Task<CliResult> DiscoverAsync(params string[] args) =>
        Cli.RunAsync(["discover", "--data", Cli.RealDataFolder, "--nameserver", dns.Nameserver, "--retries", "0", "--quiet", .. args]);

    [Fact]
    public async Task JsonGivesPerDomainTheOutcomeNotesAndFindingsWithTheirEvidence()
    {
        var result = await DiscoverAsync("gateway-school.test", "missing.m365-school.test", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var domains = JsonDocument.Parse(result.Out).RootElement.GetProperty("domains");
        Assert.Equal("resolved", domains[0].GetProperty("outcome").GetString());
        var mail = domains[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("area").GetString() == "mail");
        Assert.Equal("microsoft", mail.GetProperty("provider").GetString());
        Assert.Equal("exchange-online", mail.GetProperty("product").GetString());
        Assert.Equal("US", mail.GetProperty("jurisdiction").GetString());
        Assert.Equal("gateway-look-through", mail.GetProperty("rule").GetString());
        Assert.Equal(0.85, mail.GetProperty("confidence").GetDouble());
        var firstEvidence = mail.GetProperty("evidence")[0];
        Assert.Equal(("MX", "gateway-school.test", "mx.spamexperts.com"),
            (firstEvidence.GetProperty("recordType").GetString(), firstEvidence.GetProperty("name").GetString(), firstEvidence.GetProperty("value").GetString()));
        Assert.Equal("not-found", domains[1].GetProperty("outcome").GetString());
        var note = domains[1].GetProperty("notes")[0];
        Assert.Equal("lookupFailed", note.GetProperty("code").GetString());
        Assert.Equal(("MX", "missing.m365-school.test", "notFound"),
            (note.GetProperty("args").GetProperty("recordType").GetString(), note.GetProperty("args").GetProperty("name").GetString(),
             note.GetProperty("args").GetProperty("failure").GetString()));
        Assert.Equal("MX missing.m365-school.test: bestaat niet (NXDOMAIN)", note.GetProperty("text").GetString());
    }

    [Fact]
    public async Task WithLanguageEnglishTheNotesAreEnglishInJsonAndCsv()
    {
        var json = await DiscoverAsync("missing.m365-school.test", "--format", "json", "--language", "en");
        var csv = await DiscoverAsync("servfail.test", "--format", "csv", "--language", "en");

        Assert.True(json.ExitCode == 0, json.ToString());
        var note = JsonDocument.Parse(json.Out).RootElement.GetProperty("domains")[0].GetProperty("notes")[0];
        Assert.Equal(("lookupFailed", "MX missing.m365-school.test: does not exist (NXDOMAIN)"), (note.GetProperty("code").GetString(), note.GetProperty("text").GetString()));
        Assert.Contains("servfail.test,ServerFailure,,,,,,,,MX servfail.test: server failure (SERVFAIL)", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTableWritesNumbersWithADecimalCommaAndInEnglishWithAPoint()
    {
        var dutch = await DiscoverAsync("gateway-school.test", "proton-school.test", "--summary");
        var english = await DiscoverAsync("gateway-school.test", "proton-school.test", "--summary", "--language", "en");

        Assert.True(dutch.ExitCode == 0, dutch.ToString());
        Assert.Contains(" 0,85 ", dutch.Out, StringComparison.Ordinal); // the mailbox behind the gateway (see the JSON test)
        Assert.Contains(" 50,0% ", dutch.Out, StringComparison.Ordinal); // one of the two domains per mail provider
        Assert.DoesNotContain("0.85", dutch.Out, StringComparison.Ordinal);
        Assert.Contains(" 0.85 ", english.Out, StringComparison.Ordinal);
        Assert.Contains(" 50.0% ", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTableShowsANoteInTheChosenLanguage()
    {
        var dutch = await DiscoverAsync("servfail.test");
        var english = await DiscoverAsync("servfail.test", "--language", "en");

        Assert.Contains("MX servfail.test: serverfout (SERVFAIL)", dutch.Out, StringComparison.Ordinal);
        Assert.Contains("MX servfail.test: server failure (SERVFAIL)", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckpointWrittenWithNotesAsTextResumesAndShowsThemAsWritten()
    {
        var checkpoint = _files.WriteFile("checkpoint.jsonl",
            "{\"domain\":\"servfail.test\",\"outcome\":\"ServerFailure\",\"findings\":[],\"notes\":[\"MX servfail.test: serverfout (SERVFAIL)\"]}\n");

        var result = await DiscoverAsync("servfail.test", "--checkpoint", checkpoint, "--format", "json", "--language", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        var note = JsonDocument.Parse(result.Out).RootElement.GetProperty("domains")[0].GetProperty("notes")[0];
        Assert.Equal(("collectorNote", "MX servfail.test: serverfout (SERVFAIL)"), (note.GetProperty("code").GetString(), note.GetProperty("text").GetString()));
        Assert.Single(File.ReadAllLines(checkpoint)); // nothing asked again, nothing appended
    }

    [Fact]
    public async Task ACheckpointKeepsTheNotesAsValues()
    {
        var checkpoint = _files.PathOf("checkpoint.jsonl");
        var first = await DiscoverAsync("servfail.test", "--checkpoint", checkpoint, "--format", "csv");
        Assert.True(first.ExitCode == 0, first.ToString());

        var resumed = await DiscoverAsync("servfail.test", "--checkpoint", checkpoint, "--format", "csv", "--language", "en");

        Assert.Contains("\"code\":\"lookupFailed\"", File.ReadAllText(checkpoint), StringComparison.Ordinal);
        Assert.Contains("MX servfail.test: server failure (SERVFAIL)", resumed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvHasOneRowPerFindingAndOneForADomainWithout()
    {
        var result = await DiscoverAsync("hoster-school.test", "servfail.test", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("domain,outcome,area,provider,product,service,jurisdiction,confidence,rule,evidence", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("hoster-school.test,Resolved,Mail,transip,,TransIP mail,,0.85,mx,MX hoster-school.test mx.transip.email", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("servfail.test,ServerFailure,,,,,,,,MX servfail.test: serverfout (SERVFAIL)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSummaryGivesTheShareOfDomainsPerProvider()
    {
        var list = _files.WriteFile("scholen.csv", "naam;domain\n" + string.Join("\n", Schools.Select(s => $"School {s};{s}")) + "\n");

        var result = await DiscoverAsync("--file", list, "--format", "csv", "--summary");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("area,provider,providerName,domains,share", rows[0]);
        // By hand over the seven school zones: mail Microsoft = m365 + gateway (look-through), Google = google + mixed; the rest one each.
        Assert.Contains("mail,microsoft,Microsoft,2,28.6%", rows);
        Assert.Contains("mail,google,Google,2,28.6%", rows);
        Assert.Contains("mail,proton-ag,Proton,1,14.3%", rows);
        Assert.Contains("mail,self-hosted,Eigen mailserver,1,14.3%", rows);
        Assert.Contains("mail,transip,TransIP,1,14.3%", rows);
        Assert.Contains("mailfilter,n-able,N-able (SpamExperts),1,14.3%", rows);
        Assert.Contains("mailfilter,unknown,geen mailfilter,6,85.7%", rows);
        Assert.Contains("identiteit,microsoft,Microsoft,3,42.9%", rows); // m365, mixed (Entra CNAMEs), gateway (MS= verification)
        Assert.Contains("identiteit,unknown,niet gevonden,4,57.1%", rows);
        Assert.Contains("dns,transip,TransIP,2,28.6%", rows);
        Assert.Equal(5 + 2 + 2 + 6, rows.Count - 1);
    }

    [Fact]
    public async Task AnInterruptedRunResumesFromItsCheckpointAndAsksOnlyForTheRest()
    {
        var checkpoint = _files.PathOf("checkpoint.jsonl");
        var first = await DiscoverAsync([.. Schools[..3], "--checkpoint", checkpoint, "--format", "csv"]);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(3, File.ReadAllLines(checkpoint).Length);
        File.AppendAllText(checkpoint, "{\"domain\":\"gateway-school.te"); // the run was stopped in the middle of a line
        using var silent = new SilentNameserver();

        // The second run asks a nameserver that never answers: only domains it really queries can end in a time-out.
        var second = await Cli.RunAsync(["discover", "--data", Cli.RealDataFolder, "--nameserver", $"127.0.0.1:{silent.Endpoint.Port}", "--timeout", "0.2",
            "--retries", "0", "--checkpoint", checkpoint, "--format", "json", .. Schools]);

        Assert.True(second.ExitCode == 0, second.ToString());
        var outcomes = JsonDocument.Parse(second.Out).RootElement.GetProperty("domains").EnumerateArray()
            .ToDictionary(d => d.GetProperty("domain").GetString()!, d => d.GetProperty("outcome").GetString());
        Assert.Equal(Schools, outcomes.Keys);
        Assert.All(Schools[..3], s => Assert.Equal("resolved", outcomes[s]));
        Assert.All(Schools[3..], s => Assert.Equal("timed-out", outcomes[s]));
        Assert.Equal(7, File.ReadAllLines(checkpoint).Length);
    }

    [Fact]
    public async Task TheTableNamesProviderRuleAndEvidence()
    {
        var result = await DiscoverAsync("proton-school.test");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Proton Mail", result.Out, StringComparison.Ordinal);
        Assert.Contains("mail.protonmail.ch", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutDomainsTheCommandIsMisused()
    {
        var result = await DiscoverAsync();

        Assert.Equal(RegieCli.Usage, result.ExitCode);
        Assert.Contains("Geef een of meer domeinen", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameserverThatIsNotAnAddressIsMisused()
    {
        var result = await Cli.RunAsync("discover", "school.test", "--nameserver", "dns.example.test");

        Assert.Equal(RegieCli.Usage, result.ExitCode);
        Assert.Contains("--nameserver", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--concurrency", "0")]
    [InlineData("--rate", "-1")]
    [InlineData("--timeout", "0")]
    [InlineData("--retries", "-1")]
    public async Task ALimitOutOfRangeIsMisused(string option, string value)
    {
        var result = await DiscoverAsync("m365-school.test", option, value);

        Assert.Equal(RegieCli.Usage, result.ExitCode);
        Assert.Contains(option, result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlainListHasOneDomainPerLineWithCommentsAndBlankLinesSkipped()
    {
        var list = _files.WriteFile("scholen.txt", "# scholen van het bestuur\nhoster-school.test\n\nproton-school.test\n");

        var result = await DiscoverAsync("--file", list, "--format", "csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("hoster-school.test,Resolved,Mail,transip", result.Out, StringComparison.Ordinal);
        Assert.Contains("proton-school.test,Resolved,Mail,proton-ag", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACsvWithoutADomainColumnIsRejectedNamingFileAndLine()
    {
        var list = _files.WriteFile("scholen.csv", "naam,website\nDe Regenboog,regenboog.test\n");

        var result = await DiscoverAsync("--file", list);

        Assert.Equal(RegieCli.BadInput, result.ExitCode);
        Assert.Contains("scholen.csv: regel 1: een CSV-bestand heeft een kolom 'domain' nodig", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenCheckpointLineIsRejectedNamingTheLine()
    {
        var checkpoint = _files.WriteFile("checkpoint.jsonl", "not json\n{\"domain\":\"x.test\",\"outcome\":\"Resolved\",\"findings\":[],\"notes\":[]}\n");

        var result = await DiscoverAsync("m365-school.test", "--checkpoint", checkpoint);

        Assert.Equal(RegieCli.BadInput, result.ExitCode);
        Assert.Contains("regel 1", result.Err, StringComparison.Ordinal);
    }
}
