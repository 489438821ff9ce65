using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Core.PublicValues;
using Regie.Data;

namespace Regie.Cli.Tests;

/// <summary>`regie assess` lists, shows and compares the board's public-values assessments, the sovereignty score apart.</summary>
public sealed class AssessingPublicValues
{
    [Fact]
    public async Task CompareGivesTheTotalsAndTheUnknownShareAndKeepsSovereigntyApart()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", "naam;processen;leerlingen\nCanva;lesgeven;800\n"))).ExitCode);
        var ct = TestContext.Current.CancellationToken;
        Guid organisation;
        await using (var system = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System))
        {
            organisation = await system.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Select(o => o.Id).SingleAsync(ct);
        }

        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), new FixedTenant(organisation, "test")))
        {
            db.ValueAssessments.Add(new ValueAssessmentEntity
            {
                Id = first,
                SubjectKind = SubjectKind.Facility,
                SubjectName = "Nextcloud bij SURF",
                Answers = [new() { Id = Guid.NewGuid(), QuestionId = "quality.learning", Score = 3 }, new() { Id = Guid.NewGuid(), QuestionId = "cost.funding", Score = 0 }],
            });
            db.ValueAssessments.Add(new ValueAssessmentEntity
            {
                Id = second,
                SubjectKind = SubjectKind.Facility,
                SubjectName = "Eigen server",
                Answers = [new() { Id = Guid.NewGuid(), QuestionId = "quality.learning", Score = 1 }],
            });
            await db.SaveChangesAsync(ct);
        }

        var json = await board.RunAsync("assess", "compare", first.ToString(), second.ToString(), "--format", "json");
        var table = await board.RunAsync("assess", "compare", first.ToString(), second.ToString());
        var missing = await board.RunAsync("assess", "show", Guid.NewGuid().ToString());

        Assert.True(json.ExitCode == 0, json.ToString());
        using var doc = JsonDocument.Parse(json.Out);
        var options = doc.RootElement.GetProperty("assessments").EnumerateArray().ToList();
        // Quality 3 and cost 0, equal weights: 1.5; the other values are unknown and left out, not counted as 0.
        Assert.Equal(1.5, options[0].GetProperty("total").GetDouble(), 6);
        Assert.Equal(1.0, options[1].GetProperty("total").GetDouble(), 6);
        Assert.Equal(23.0 / 25, options[0].GetProperty("unknownShare").GetDouble(), 6);
        Assert.Contains(doc.RootElement.GetProperty("why").EnumerateArray(), w => w.GetProperty("code").GetString() == "sovereigntyKeptApart");
        Assert.Contains("Soevereiniteit (apart, niet in het totaal)", table.Out);
        Assert.Contains("1,50", table.Out);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("bestaat niet", missing.Err + missing.Out);
    }
}
