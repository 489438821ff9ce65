using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using Regie.Cli;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Tests.Support;
using Regie.Web.Features.ImpactAssessments;
using Regie.Web.Features.ProcessingRecords;
using Regie.Web.Features.PublicValues;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.CommandLine;

/// <summary>
/// `regie assess`, `dpia`, `kia` and `register` with `--server` and a reader's token print exactly what they print on the
/// database file itself, in every format; a token of another board sees that board only, and an expired token gets the
/// Dutch message and no output.
/// </summary>
public sealed class ThePrivacyListsAgainstAServer : IAsyncLifetime
{
    private CommandLineServer server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public ValueTask InitializeAsync()
    {
        server = new CommandLineServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    /// <summary>The demo board with two public-values assessments (one answered), an overdue DPIA with a risk without measure, and a purpose of its own.</summary>
    private async Task<(Guid Board, Guid Teams, Guid Surf)> PreparedBoardAsync()
    {
        var board = await server.DemoBoardAsync();
        using var editor = server.Client(await server.TokenAsync("bewerker@bestuur.nl", board, BoardRole.Editor));
        var services = await editor.GetFromJsonAsync<List<Features.Services.ServiceSummaryDto>>("api/v1/services", RegieApp.Json, Ct);
        var teamsService = services!.Single(s => s.Name == "Microsoft Teams").Id;
        var teams = await CreatedAsync(editor, new NewAssessmentInput("service", teamsService.ToString(), null));
        var surf = await CreatedAsync(editor, new NewAssessmentInput("facility", null, "Nextcloud bij SURF"));
        (await editor.PutAsJsonAsync($"api/v1/values/assessments/{surf.Id}/answers",
            new AnswersInput([new("quality.learning", 3, Evidence: "Pilot met twee scholen", Assessor: "FG", Date: Today), new("cost.funding", 0)], surf.Version),
            RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        (await editor.PutAsJsonAsync($"api/v1/impact-assessments/dpia/{teamsService}",
            new ImpactAssessmentInput(AssessmentStatus.Done, Today.AddMonths(-13), ImpactOutcome.AcceptableWithMeasures,
                [new HighRiskDto("Doorgifte naar de VS", null, MeasureStatus.Planned)], Today.AddDays(-1), null, "Model-DPIA gevolgd"),
            RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        (await editor.PutAsJsonAsync($"api/v1/processing-register/{teamsService}",
            new ProcessingRecordInputDto("Samenwerken in de les", null, "algemeen-belang", "Tot einde schooljaar", null), RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        return (board, teams.Id, surf.Id);
    }

    private static async Task<AssessmentDto> CreatedAsync(HttpClient client, NewAssessmentInput input)
    {
        var response = await client.PostAsJsonAsync("api/v1/values/assessments", input, RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AssessmentDto>(RegieApp.Json, Ct))!;
    }

    [Fact]
    public async Task EveryFormatOfTheFourCommandsIsTheSameFromTheServerAsFromTheDatabase()
    {
        var (board, teams, surf) = await PreparedBoardAsync();
        var reader = await server.TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader);
        string[][] commands =
        [
            ["assess"], ["assess", "--format", "json"], ["assess", "--format", "csv"], ["assess", "--language", "en"],
            ["assess", "show", surf.ToString()], ["assess", "show", teams.ToString(), "--format", "json"],
            ["assess", "compare", teams.ToString(), surf.ToString()], ["assess", "compare", surf.ToString(), teams.ToString(), "--format", "json", "--language", "en"],
            ["assess", "compare", teams.ToString(), surf.ToString(), "--format", "csv"],
            ["dpia"], ["dpia", "--format", "csv"], ["dpia", "--overdue"], ["dpia", "--overdue", "--format", "json"], ["kia"], ["kia", "--format", "csv"],
            ["register"], ["register", "--format", "csv"], ["register", "--format", "json"], ["register", "--outside-eea"],
            ["register", "--format", "json", "--outside-eea", "--language", "en"], ["register", "--language", "en"],
        ];

        foreach (var command in commands)
        {
            var local = await server.LocalAsync(board, command);
            var remote = await server.RemoteAsync(reader, command);

            Assert.True(local.ExitCode == 0, $"{string.Join(' ', command)} (lokaal): {local}");
            Assert.True(remote.ExitCode == 0, $"{string.Join(' ', command)} (server): {remote}");
            Assert.True(local.Out == remote.Out, $"regie {string.Join(' ', command)}:\n--- lokaal\n{local.Out}\n--- server\n{remote.Out}");
        }

        // The same output, and not the same emptiness: what was stored through the API shows.
        var dpia = await server.RemoteAsync(reader, "dpia", "--overdue");
        Assert.Contains("1 achterstallige herziening, 1 hoog risico zonder maatregel", dpia.Out);
        var overdue = await server.RemoteAsync(reader, "dpia", "--overdue", "--format", "csv");
        Assert.Contains(";Microsoft Teams;DPIA;Done;", Assert.Single(overdue.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)));
        var shown = await server.RemoteAsync(reader, "assess", "show", surf.ToString(), "--format", "json");
        Assert.Contains("Pilot met twee scholen", shown.Out);
        var compared = await server.RemoteAsync(reader, "assess", "compare", teams.ToString(), surf.ToString());
        Assert.Contains("1,50", compared.Out);
        Assert.Contains("Soevereiniteit (apart, niet in het totaal)", compared.Out);
        var register = await server.RemoteAsync(reader, "register", "--format", "csv");
        Assert.Contains("Samenwerken in de les", register.Out);
    }

    [Fact]
    public async Task TheRegisterAsXlsxIsTheSameWorkbookFromTheServer()
    {
        var (board, _, _) = await PreparedBoardAsync();
        var reader = await server.TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader);
        var (localFile, remoteFile) = (Path.GetTempFileName() + ".xlsx", Path.GetTempFileName() + ".xlsx");
        try
        {
            var local = await server.LocalAsync(board, "register", "--format", "xlsx", "--output", localFile);
            var remote = await server.RemoteAsync(reader, "register", "--format", "xlsx", "--output", remoteFile);

            Assert.True(remote.ExitCode == 0, remote.ToString());
            Assert.Equal(local.Err.Replace(localFile, "FILE", StringComparison.Ordinal), remote.Err.Replace(remoteFile, "FILE", StringComparison.Ordinal));
            Assert.Equal(Cells(localFile), Cells(remoteFile));
            Assert.Contains("Samenwerken in de les", Cells(remoteFile));
        }
        finally
        {
            File.Delete(localFile);
            File.Delete(remoteFile);
        }
    }

    /// <summary>Every cell of the workbook's sheet, row by row, as text (the zip's own timestamps differ between two writes).</summary>
    private static List<string> Cells(string file) =>
        [.. MiniExcel.Query(file).Cast<IDictionary<string, object?>>().SelectMany(row => row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""))];

    [Fact]
    public async Task ATokenOfAnotherBoardSeesThatBoardAndNamesItForAnAssessmentItDoesNotHave()
    {
        var (board, teams, _) = await PreparedBoardAsync();
        var init = await CommandLineServer.RunAsync("--database", server.DatabasePath, "--data", TestFiles.RealDataFolder, "init", "--name", "Stichting Ander Bestuur", "--sector", "po");
        Assert.True(init.ExitCode == 0, init.ToString());
        var other = await server.BoardNamedAsync("Stichting Ander Bestuur");
        var token = await server.TokenAsync("lezer@ander.nl", other, BoardRole.Reader);

        var show = await server.RemoteAsync(token, "assess", "show", teams.ToString());
        var register = await server.RemoteAsync(token, "register", "--format", "json");
        var dpia = await server.RemoteAsync(token, "dpia");

        Assert.Equal(RegieCli.BadInput, show.ExitCode);
        Assert.Equal($"Beoordeling '{teams}' bestaat niet bij Stichting Ander Bestuur. Dit bestuur heeft nog geen beoordelingen.", show.Err.Trim());
        Assert.Equal("", show.Out);
        Assert.True(register.ExitCode == 0, register.ToString());
        Assert.DoesNotContain("Microsoft Teams", register.Out);
        Assert.Contains("DPIA-register van Stichting Ander Bestuur", dpia.Out);
        Assert.DoesNotContain("Microsoft Teams", dpia.Out);
        // The board that has the assessment still shows it to its own reader.
        var own = await server.RemoteAsync(await server.TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader), "assess", "show", teams.ToString());
        Assert.True(own.ExitCode == 0, own.ToString());
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("dpia")]
    [InlineData("kia")]
    [InlineData("register")]
    public async Task AnExpiredTokenGetsTheDutchMessageAndNoOutput(string command)
    {
        var board = await server.DemoBoardAsync();
        var expired = await server.TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader, expiresAt: DateTimeOffset.UtcNow.AddDays(-1));

        var result = await server.RemoteAsync(expired, command);

        Assert.Equal(RegieCli.BadInput, result.ExitCode);
        Assert.StartsWith("Het token is ongeldig of verlopen", result.Err);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task TheRegistersArePagedWithTheTotalAndTheSummaryOfEveryRecord()
    {
        var board = await server.DemoBoardAsync();
        using var reader = server.Client(await server.TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader));

        var firstRecords = await reader.GetAsync("api/v1/processing-register/?pageSize=2", Ct);
        var secondRecords = await reader.GetAsync("api/v1/processing-register/?page=2&pageSize=2", Ct);
        var entries = await reader.GetAsync("api/v1/impact-assessments/dpia?pageSize=3", Ct);

        var first = (await firstRecords.Content.ReadFromJsonAsync<ProcessingRegisterDto>(RegieApp.Json, Ct))!;
        var second = (await secondRecords.Content.ReadFromJsonAsync<ProcessingRegisterDto>(RegieApp.Json, Ct))!;
        Assert.Equal(2, first.Records.Count);
        Assert.Equal(first.Summary.Records.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(firstRecords.Headers.GetValues("X-Total-Count")));
        Assert.True(first.Summary.Records > 4);
        Assert.Empty(first.Records.Select(r => r.ServiceId).Intersect(second.Records.Select(r => r.ServiceId)));
        var register = (await entries.Content.ReadFromJsonAsync<ImpactRegisterDto>(RegieApp.Json, Ct))!;
        Assert.Equal(3, register.Entries.Count);
        Assert.Equal(register.Services.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(entries.Headers.GetValues("X-Total-Count")));
    }
}
