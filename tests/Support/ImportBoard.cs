using Microsoft.EntityFrameworkCore;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Imports;
using Regie.Discovery.Imports;

namespace Regie.Tests.Support;

/// <summary>What the import tests count in the database: the four tables an import may write, and the audit trail.</summary>
public sealed record ImportCounts(int Services, int Dependencies, int Evidence, int Assessments, int Audit);

/// <summary>
/// A board in a real SQLite file (made as `regie init` makes it), imported into through <see cref="BoardImport"/> and
/// <see cref="ImportApplier"/> directly, with the real data folder's knowledge loaded once for all tests.
/// </summary>
public sealed class ImportBoard : IDisposable
{
    private static readonly Lazy<RegieKnowledge> SharedKnowledge = new(() => KnowledgeLoader.Load(TestFiles.RealDataFolder));

    private ImportBoard(string folder, Guid organisationId)
    {
        Folder = folder;
        OrganisationId = organisationId;
    }

    public static RegieKnowledge Knowledge => SharedKnowledge.Value;

    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "regie.db");
    public Guid OrganisationId { get; }

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>The board `regie init --name "Stichting Test" --sector po,vo --pupils 1200 --staff 150` makes.</summary>
    public static async Task<ImportBoard> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("regie-import-").FullName;
        var settings = DatabaseSettings.SqliteFile(Path.Combine(folder, "regie.db"));
        var ct = TestContext.Current.CancellationToken;
        await RegieDatabase.MigrateAsync(settings, ct);
        await using var system = RegieDatabase.Create(settings, TenantContext.System);
        var organisation = await system.CreateOrganisationAsync("Stichting Test", [Sector.Po, Sector.Vo], 1200, 150, isDemo: false, Knowledge.ProcessTemplates, ct);
        return new ImportBoard(folder, organisation.Id);
    }

    /// <summary>tests/fixtures/imports/NAME.</summary>
    public static string Fixture(string name) => Path.Combine(TestFiles.Fixtures("imports"), name);

    public RegieDbContext Open() => RegieDatabase.Create(DatabaseSettings.SqliteFile(DatabasePath), new FixedTenant(OrganisationId, "test"));

    public Task<ImportResult> ImportFixtureAsync(string name, ImportFormat format) =>
        ImportAsync(File.ReadAllBytes(Fixture(name)), name, format);

    public async Task<ImportResult> ImportAsync(byte[] content, string fileName, ImportFormat format, ImportOptions? options = null, MatchDecisions? decisions = null)
    {
        await using var db = Open();
        using var stream = new MemoryStream(content);
        return await ImportApplier.ImportAsync(
            db, new OrganisationId(OrganisationId), landscape => BoardImport.Read(stream, fileName, format, Knowledge, landscape, decisions), fileName,
            TestContext.Current.CancellationToken, options: options);
    }

    public async Task<ImportCounts> CountAsync()
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(DatabasePath), TenantContext.System);
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

    public async Task<List<DependencyEntity>> DependenciesAsync()
    {
        await using var db = Open();
        return await db.Dependencies.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<(List<LocalCompanyEntity> Companies, List<LocalProviderEntity> Providers)> OwnPartiesAsync()
    {
        await using var db = Open();
        var ct = TestContext.Current.CancellationToken;
        return (await db.LocalCompanies.AsNoTracking().ToListAsync(ct), await db.LocalProviders.AsNoTracking().ToListAsync(ct));
    }

    public async Task<List<ExternalAssessmentEntity>> AssessmentsAsync()
    {
        await using var db = Open();
        return await db.ExternalAssessments.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
