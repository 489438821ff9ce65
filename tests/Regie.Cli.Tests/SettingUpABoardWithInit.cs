using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Cli.Tests;

/// <summary>`regie init --schools`, and that init never changes the board the web app opens for a visitor who has chosen none.</summary>
public sealed class SettingUpABoardWithInit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(List<OrganisationEntity> Boards, List<SchoolEntity> Schools)> StoredAsync(TestBoard board)
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        return (await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().ToListAsync(Ct),
            await db.Schools.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().ToListAsync(Ct));
    }

    [Fact]
    public async Task SchoolsGivenInlineAndFromAFileAreStoredWithTheBoard()
    {
        using var board = new TestBoard();
        var file = board.WriteFile("scholen.csv", "naam;BRIN;sector;leerlingen\nHet Baken;34CD00;vo;850\n");

        var init = await board.RunAsync("init", "--name", "Stichting Scholen", "--sector", "po,vo", "--schools", "De Klimop;12ab;po;240", "--schools", file);

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains("met 2 scholen", init.Out);
        var (boards, schools) = await StoredAsync(board);
        Assert.Equal(240 + 850, Assert.Single(boards).Pupils);
        Assert.Equal(["12AB", "34CD00"], schools.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Brin));
    }

    [Fact]
    public async Task AWrongSchoolIsNamedByLineAndFieldAndNothingIsStored()
    {
        using var board = new TestBoard();

        var init = await board.RunAsync("init", "--name", "Stichting Fout", "--schools", "De Klimop;12ab;po;240", "--schools", "Het Baken;3CD;pabo;850");

        Assert.Equal(2, init.ExitCode);
        Assert.Contains("--schools, regel 2: BRIN: '3CD' is geen BRIN-nummer", init.Err);
        Assert.Contains("--schools, regel 2: sector: 'pabo' is geen sector; kies po, vo, so of mbo.", init.Err);
        Assert.False(File.Exists(board.DatabasePath) && (await StoredAsync(board)).Boards.Count > 0);
    }

    [Fact]
    public async Task ASecondBoardLeavesTheWebAppsDefaultAndSaysHowToOpenIt()
    {
        using var board = await TestBoard.CreateAsync();
        var first = Assert.Single((await StoredAsync(board)).Boards);

        // "Aaa" sorts before "Stichting Test": a default chosen by name would have moved.
        var init = await board.RunAsync("init", "--name", "Aaa Tweede Bestuur");

        Assert.True(init.ExitCode == 0, init.ToString());
        var second = Assert.Single((await StoredAsync(board)).Boards, b => b.Name == "Aaa Tweede Bestuur");
        Assert.Contains("De webapp opent nog steeds 'Stichting Test'", init.Out);
        Assert.Contains($"Regie__Board={second.Id}", init.Out);
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        Assert.Equal(first.Id, await DefaultBoard.ChooseAsync(db, [second.Id, first.Id], configured: null, Ct));
        Assert.Equal(second.Id, await DefaultBoard.ChooseAsync(db, [second.Id, first.Id], configured: second.Id.ToString(), Ct));
    }
}
