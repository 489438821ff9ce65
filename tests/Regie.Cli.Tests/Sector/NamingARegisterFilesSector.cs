using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Cli.Tests.Sector;

/// <summary>
/// `regie sector register mbo=FILE`: where a DUO file's header does not say its sector (mbo institutions, a vo pupil file),
/// the sector written before the file name is the sector of its schools; without it the file counts as po.
/// </summary>
public sealed class NamingARegisterFilesSector : IDisposable
{
    private readonly TestBoard _files = new();

    public void Dispose() => _files.Dispose();

    private const string Boards = "BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM;INTERNETADRES\n30001;Stichting ROC Oefenstad;roc-oefenstad.test\n";
    private const string Locations =
        "PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;INTERNETADRES\nUtrecht;30001;31AA;00;ROC Oefenstad;roc-oefenstad.test\n";

    private async Task<Regie.Core.Landscape.Sector> SectorOfTheSchoolAsync()
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(_files.DatabasePath), TenantContext.System);
        return (await db.RegisterSchools.SingleAsync(s => s.Code == "31AA00", TestContext.Current.CancellationToken)).Sector;
    }

    [Fact]
    public async Task TheSectorBeforeTheFileNameIsTheSectorOfItsSchools()
    {
        var boards = _files.WriteFile("besturen.csv", Boards);
        var locations = _files.WriteFile("instellingen.csv", Locations);

        var result = await _files.RunAsync("sector", "register", boards, "mbo=" + locations);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Regie.Core.Landscape.Sector.Mbo, await SectorOfTheSchoolAsync());
    }

    [Fact]
    public async Task WithoutASectorAFileWhoseHeaderSaysNoneIsPo()
    {
        var boards = _files.WriteFile("besturen.csv", Boards);
        var locations = _files.WriteFile("instellingen.csv", Locations);

        var result = await _files.RunAsync("sector", "register", boards, locations);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Regie.Core.Landscape.Sector.Po, await SectorOfTheSchoolAsync());
    }
}
