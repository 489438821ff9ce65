using Microsoft.EntityFrameworkCore;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Imports;
using Regie.Discovery.Imports;

namespace Regie.Cli.Tests.Imports;

/// <summary>What the import tests count in the database: the four tables an import may write, and the audit trail.</summary>
public sealed record ImportCounts(int Services, int Dependencies, int Evidence, int Assessments, int Audit);

/// <summary>
/// A board in a real SQLite file (made with `regie init`), imported into through <see cref="BoardImport"/> and <see cref="ImportApplier"/> directly, with the
/// real data folder's knowledge loaded once for all tests.
/// </summary>
public sealed class ImportBoard : IDisposable
{
    private static readonly Lazy<RegieKnowledge> SharedKnowledge = new(() => KnowledgeLoader.Load(Cli.RealDataFolder));

    private ImportBoard(TestBoard board, Guid organisationId)
    {
        Board = board;
        OrganisationId = organisationId;
    }

    public static RegieKnowledge Knowledge => SharedKnowledge.Value;

    public TestBoard Board { get; }
    public Guid OrganisationId { get; }

    public static async Task<ImportBoard> CreateAsync()
    {
        var board = await TestBoard.CreateAsync();
        await using var system = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var organisation = await system.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(TestContext.Current.CancellationToken);
        return new ImportBoard(board, organisation.Id);
    }

    /// <summary>tests/fixtures/imports/NAME, found from the test binary's folder upwards.</summary>
    public static string Fixture(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "tests", "fixtures", "imports", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"fixture {name} not found above {AppContext.BaseDirectory}");
    }

    public RegieDbContext Open() => RegieDatabase.Create(DatabaseSettings.SqliteFile(Board.DatabasePath), new FixedTenant(OrganisationId, "test"));

    public Task<ImportResult> ImportFixtureAsync(string name, ImportFormat format) =>
        ImportAsync(File.ReadAllBytes(Fixture(name)), name, format);

    public async Task<ImportResult> ImportAsync(byte[] content, string fileName, ImportFormat format)
    {
        await using var db = Open();
        using var stream = new MemoryStream(content);
        return await ImportApplier.ImportAsync(
            db, new OrganisationId(OrganisationId), landscape => BoardImport.Read(stream, fileName, format, Knowledge, landscape), fileName,
            TestContext.Current.CancellationToken);
    }

    public async Task<ImportCounts> CountAsync()
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(Board.DatabasePath), TenantContext.System);
        var ct = TestContext.Current.CancellationToken;
        string[] all = [RegieDbContext.TenantFilter];
        return new(
            await db.Services.IgnoreQueryFilters(all).CountAsync(ct),
            await db.Dependencies.IgnoreQueryFilters(all).CountAsync(ct),
            await db.ServiceEvidence.IgnoreQueryFilters(all).CountAsync(ct),
            await db.ExternalAssessments.IgnoreQueryFilters(all).CountAsync(ct),
            await db.AuditEntries.IgnoreQueryFilters(all).CountAsync(ct));
    }

    public async Task<List<ServiceEntity>> ServicesAsync()
    {
        await using var db = Open();
        return await db.Services.AsNoTracking().OrderBy(s => s.Name).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<ServiceEvidenceEntity>> EvidenceAsync()
    {
        await using var db = Open();
        return await db.ServiceEvidence.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<ExternalAssessmentEntity>> AssessmentsAsync()
    {
        await using var db = Open();
        return await db.ExternalAssessments.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose() => Board.Dispose();
}
