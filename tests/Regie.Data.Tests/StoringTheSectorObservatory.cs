using Microsoft.EntityFrameworkCore;
using Regie.Core.Discovery;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

/// <summary>The national register is replaced whole by each import, reporting its changes; a sector scan resumes where it stopped.</summary>
public sealed class StoringTheSectorObservatory(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RegisterSchool School(string code, string board, string name, string? website, int? pupils = 100) =>
        new(code, code[..4], board, name, Sector.Po, code.EndsWith("00", StringComparison.Ordinal), "Utrecht", "UTRECHT", website, pupils);

    private static readonly SectorRegister November = new(
        [new RegisterBoard("90001", "Stichting Een", null, "UTRECHT", "bestuur.test")],
        [School("91AA00", "90001", "De Regenboog", "a.test"), School("91BB00", "90001", "Het Kompas", "b.test", null)]);

    private static readonly SectorRegister December = new(
        [new RegisterBoard("90001", "Stichting Een", null, "UTRECHT", "bestuur.test"), new RegisterBoard("90002", "Stichting Twee", null, null, null)],
        [School("91AA00", "90001", "De Zonnewijzer", "a.test"), School("92CC00", "90002", "Nieuw", "c.test")]);

    private async Task ClearAsync(DatabaseProvider provider)
    {
        await using var db = storage.Open(provider, TenantContext.System);
        await db.SectorScans.ExecuteDeleteAsync(Ct);
        await db.RegisterSchools.ExecuteDeleteAsync(Ct);
        await db.RegisterBoards.ExecuteDeleteAsync(Ct);
        await db.RegisterImports.ExecuteDeleteAsync(Ct);
    }

    [Theory, OnBothDatabases]
    public async Task AReImportReplacesTheRegisterAndReportsWhatChanged(DatabaseProvider provider)
    {
        await ClearAsync(provider);
        await using (var db = storage.Open(provider, TenantContext.System))
        {
            var first = await db.ReplaceRegisterAsync(November, ["05-besturen.csv", "03-vestigingen.csv"], storage.Clock.GetUtcNow(), Ct);
            Assert.Equal((2, 2), (first.Changes.NewSchools, first.Import.Schools));
        }

        await using (var db = storage.Open(provider, TenantContext.System))
        {
            var second = await db.ReplaceRegisterAsync(December, ["05-besturen.csv"], storage.Clock.GetUtcNow().AddMonths(1), Ct);

            Assert.Equal(
                [new BoardOpened("90002", "Stichting Twee"), new SchoolRenamed("91AA00", "De Regenboog", "De Zonnewijzer"), new SchoolOpened("92CC00", "Nieuw"), new SchoolClosed("91BB00", "Het Kompas")],
                second.Changes.Changes);
        }

        await using var reader = storage.Open(provider, TenantContext.System);
        Assert.Equal(December, await reader.LoadRegisterAsync(Ct), new RegisterComparer());
        var imports = await reader.RegisterImportsAsync(Ct);
        Assert.Equal([(2, 2, 1, 1, 1), (1, 2, 2, 0, 0)], imports.Select(i => (i.Boards, i.Schools, i.NewSchools, i.ClosedSchools, i.Renamed)));
    }

    [Theory, OnBothDatabases]
    public async Task ABoardCannotReplaceThePublicRegisterAndNothingIsLost(DatabaseProvider provider)
    {
        await ClearAsync(provider);
        await using (var db = storage.Open(provider, TenantContext.System))
        {
            await db.ReplaceRegisterAsync(November, ["a.csv"], storage.Clock.GetUtcNow(), Ct);
        }

        var board = await storage.CreateBoardAsync(provider, "Stichting Eigen");
        await using (var db = storage.OpenAs(provider, board))
        {
            await Assert.ThrowsAsync<TenantViolationException>(() => db.ReplaceRegisterAsync(December, ["b.csv"], storage.Clock.GetUtcNow(), Ct));
        }

        await using var reader = storage.Open(provider, TenantContext.System);
        Assert.Equal(November, await reader.LoadRegisterAsync(Ct), new RegisterComparer());
    }

    [Theory, OnBothDatabases]
    public async Task AnInterruptedScanResumesWithTheDomainsNotYetDone(DatabaseProvider provider)
    {
        await ClearAsync(provider);
        static DomainDiscovery Done(string domain) => new(domain, DomainOutcome.Resolved,
            [new Finding(domain, FindingArea.Mail, "microsoft", "Microsoft", "m365", "Exchange Online", "US", 0.9, "mx", [new Evidence("MX", domain, "x.mail.protection.outlook.com")])],
            [new NoMailExchangers()]);

        Guid first;
        await using (var db = storage.Open(provider, TenantContext.System))
        {
            var (scan, done) = await db.StartOrResumeScanAsync(3, "127.0.0.1:53", storage.Clock.GetUtcNow(), Ct);
            Assert.Empty(done);
            first = scan.Id;
            await db.RecordScanResultsAsync(scan.Id, [Done("a.test"), Done("b.test")], 40, Ct);
        } // interrupted here

        await using (var db = storage.Open(provider, TenantContext.System))
        {
            var (scan, done) = await db.StartOrResumeScanAsync(3, "127.0.0.1:53", storage.Clock.GetUtcNow(), Ct);
            Assert.Equal(first, scan.Id);
            Assert.Equal(["a.test", "b.test"], done.Order());
            await db.RecordScanResultsAsync(scan.Id, [new DomainDiscovery("c.test", DomainOutcome.NotFound, [], [])], 1, Ct);
            await db.FinishScanAsync(scan.Id, storage.Clock.GetUtcNow(), Ct);
        }

        await using (var db = storage.Open(provider, TenantContext.System))
        {
            var scan = Assert.Single(await db.SectorScansAsync(Ct));
            Assert.Equal((SectorScanStatus.Finished, 3, 3, 2, 41L), (scan.Status, scan.Domains, scan.Done, scan.Resolved, scan.Queries));
            var observations = (await db.LoadScanObservationsAsync(first, Ct)).OrderBy(o => o.Domain).ToList();
            Assert.Equal([("a.test", "microsoft"), ("b.test", "microsoft"), ("c.test", null)], observations.Select(o => (o.Domain, o.Mail?.Id)));
            var stored = await db.SectorScanResults.Where(r => r.Domain == "a.test").Select(r => r.NotesJson).SingleAsync(Ct);
            Assert.Contains("noMailExchangers", stored, StringComparison.Ordinal);

            // A new run after a finished scan starts a new scan.
            var (next, done) = await db.StartOrResumeScanAsync(3, null, storage.Clock.GetUtcNow(), Ct);
            Assert.NotEqual(first, next.Id);
            Assert.Empty(done);
        }
    }

    private sealed class RegisterComparer : IEqualityComparer<SectorRegister>
    {
        public bool Equals(SectorRegister? x, SectorRegister? y) =>
            x is not null && y is not null && x.Boards.SequenceEqual(y.Boards) && x.Schools.SequenceEqual(y.Schools);

        public int GetHashCode(SectorRegister obj) => obj.Boards.Count;
    }
}
