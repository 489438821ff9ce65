using Microsoft.EntityFrameworkCore;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Imports;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

public sealed class OneServicePerName(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An inventory-like plan of <paramref name="names"/>, with new service ids each time it is made, as a reader makes it.</summary>
    private static ImportPlan Plan(IEnumerable<string> names) => new(
        ImportFormat.Inventory,
        [.. names.Select((name, i) => new ImportCandidate($"rij {i + 2}", "csv-row", name, new Service(ServiceId.New(), name, null, []), Key: name, Row: i + 2))],
        [], [], []);

    private Task<ImportResult> ImportAsync(DatabaseProvider provider, Guid board, IReadOnlyList<string> names, string fileName = "inventaris.csv")
    {
        var db = storage.OpenAs(provider, board);
        return ImportAndDisposeAsync(db);

        async Task<ImportResult> ImportAndDisposeAsync(RegieDbContext context)
        {
            await using (context)
            {
                return await ImportApplier.ImportAsync(context, new OrganisationId(board), _ => Plan(names), fileName, Ct, storage.Clock);
            }
        }
    }

    [Theory, OnBothDatabases]
    public async Task TheDatabaseRefusesASecondServiceOfTheSameNameOnOneBoard(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        var other = await storage.CreateBoardAsync(provider, "Stichting Ander");
        await using (var db = storage.OpenAs(provider, other))
        {
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Magister" });
            await db.SaveChangesAsync(Ct);
        }

        await using var first = storage.OpenAs(provider, board);
        first.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Magister" });
        await first.SaveChangesAsync(Ct);
        await using var second = storage.OpenAs(provider, board);
        second.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Magister" });

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));
        Assert.True(DatabaseErrors.IsUniqueViolation(refused));
    }

    [Theory, OnBothDatabases]
    public async Task TwoImportsOfTheSameFileAtOnceLeaveOneCopy(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        string[] names = [.. Enumerable.Range(1, 200).Select(i => $"Dienst {i}")];

        var results = await Task.WhenAll(ImportAsync(provider, board, names), ImportAsync(provider, board, names));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Errors)));
        Assert.Equal([0, 200], results.Select(r => r.Created).Order());
        await using var db = storage.OpenAs(provider, board);
        Assert.Equal(200, await db.Services.CountAsync(Ct));
        Assert.Equal(200, await db.ServiceEvidence.CountAsync(Ct));
    }

    [Theory, OnBothDatabases]
    public async Task FortyThousandRowsImportAndImportAgainWithoutTooManySqlVariables(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        string[] names = [.. Enumerable.Range(1, 40_000).Select(i => $"Dienst {i:00000}")];

        var first = await ImportAsync(provider, board, names, "groot.csv");
        var again = await ImportAsync(provider, board, names, "groot.csv");

        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Equal((40_000, 0, 40_000), (first.Created, again.Created, again.Joined));
        await using var db = storage.OpenAs(provider, board);
        Assert.Equal(40_000, await db.Services.CountAsync(Ct));
        Assert.Equal(40_000, await db.ServiceEvidence.CountAsync(Ct));
    }

    [Theory, OnBothDatabases]
    public async Task ARefusalByTheDatabaseNamesTheFileAndTheRow(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        var taken = Guid.NewGuid();
        await using (var db = storage.OpenAs(provider, board))
        {
            db.Services.Add(new ServiceEntity { Id = taken, Name = "Bestaand" });
            await db.SaveChangesAsync(Ct);
        }

        // Row 3 brings a service whose id the database already holds: the insert is refused by the primary key.
        var plan = Plan(["Magister", "Zermelo"]);
        plan = plan with { Candidates = [plan.Candidates[0], plan.Candidates[1] with { Service = plan.Candidates[1].Service with { Id = new ServiceId(taken) } }] };
        await using var writer = storage.OpenAs(provider, board);
        var result = await ImportApplier.ImportAsync(writer, new OrganisationId(board), _ => plan, "inventaris.csv", Ct, storage.Clock);

        var error = Assert.Single(result.Errors);
        Assert.IsType<NotStored>(error.Why);
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.StartsWith("inventaris.csv: Rij 3: de database weigerde dit op te slaan", error.ToString());
        }
        else
        {
            // PostgreSQL refuses the batch of inserts as a whole: the file is named, the row cannot be.
            Assert.StartsWith("inventaris.csv: de database weigerde dit op te slaan", error.ToString());
        }
        await using var reader = storage.OpenAs(provider, board);
        Assert.Equal(["Bestaand"], await reader.Services.Select(s => s.Name).ToListAsync(Ct));
    }
}
