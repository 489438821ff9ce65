using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Demo;
using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Tests.Support;

namespace Regie.Data.Tests.Support;

/// <summary>Fresh databases for the backup tests (several per test: a source and targets), dropped afterwards, and a board with a row in every table.</summary>
public sealed class BackupWorld : IAsyncDisposable
{
    private static readonly Lazy<RegieKnowledge> Knowledge = new(() => KnowledgeLoader.Load(TestFiles.RealDataFolder));
    private static readonly MethodInfo RowsMethod = typeof(BackupWorld).GetMethod(nameof(RowsOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly List<DatabaseSettings> made = [];

    public string Folder { get; } = Directory.CreateTempSubdirectory("regie-backup-test-").FullName;

    public TimeProvider Clock { get; } = new FixedClock(new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A database that does not exist yet; a restore or a migration makes it.</summary>
    public DatabaseSettings Fresh(DatabaseProvider provider)
    {
        DatabaseSettings settings;
        if (provider == DatabaseProvider.Sqlite)
        {
            settings = DatabaseSettings.SqliteFile(Path.Combine(Folder, $"{Guid.NewGuid():N}.db"));
        }
        else
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("REGIE_TEST_PG") is not { Length: > 0 }, StorageFixture.NoPostgres);
            var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("REGIE_TEST_PG")) { Database = $"regie_b_{Guid.NewGuid():N}" };
            settings = DatabaseSettings.Postgres(server.ConnectionString);
        }

        made.Add(settings);
        return settings;
    }

    /// <summary>The demo board plus a row in every table the demo board leaves empty, with values that test a format's edges.</summary>
    public async Task<(DatabaseSettings Settings, Guid Board)> SeededAsync(DatabaseProvider provider)
    {
        var settings = Fresh(provider);
        await RegieDatabase.MigrateAsync(settings, Ct);
        await using var db = RegieDatabase.Create(settings, TenantContext.System, Clock);
        var board = db.AddLandscape(DemoBoard.Create(Knowledge.Value), ["voorbeeldonderwijs.nl"]).Id;
        board = await AddEveryKindOfRowAsync(db, board);
        return (settings, board);
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>The migrations this Regie knows, by name (as a backup's manifest lists them): the last is the current schema.</summary>
    public static IReadOnlyList<string> KnownMigrations()
    {
        using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(Path.Combine(Path.GetTempPath(), "regie-migrations-unopened.db")), TenantContext.System);
        return [.. db.Database.GetMigrations().Select(DatabaseBackup.MigrationName)];
    }

    /// <summary>Every table's rows as sorted JSON lines, read with EF independently of the backup code.</summary>
    public static async Task<Dictionary<string, List<string>>> TablesAsync(DatabaseSettings settings)
    {
        await using var db = RegieDatabase.Create(settings, TenantContext.System);
        var tables = new Dictionary<string, List<string>>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            tables[entity.GetTableName()!] = await (Task<List<string>>)RowsMethod.MakeGenericMethod(entity.ClrType).Invoke(null, [db, entity])!;
        }

        return tables;
    }

    /// <summary>Rewrites one file inside a backup; with <paramref name="keepChecksum"/> false the manifest's checksum follows, as a careful forger's would.</summary>
    public static void Rewrite(string backup, string file, Func<string, string> change, bool keepChecksum)
    {
        using var zip = ZipFile.Open(backup, ZipArchiveMode.Update);
        var entry = zip.GetEntry(file)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = change(reader.ReadToEnd());
        }

        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry(file).Open(), new UTF8Encoding(false)))
        {
            writer.Write(text);
        }

        if (!keepChecksum && file != DatabaseBackup.ManifestFile)
        {
            var manifest = zip.GetEntry(DatabaseBackup.ManifestFile)!;
            JsonNode node;
            using (var stream = manifest.Open())
            {
                node = JsonNode.Parse(stream)!;
            }

            foreach (var table in node["tables"]!.AsArray())
            {
                if ((string?)table!["file"] == file)
                {
                    table["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
                }
            }

            manifest.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(DatabaseBackup.ManifestFile).Open(), new UTF8Encoding(false));
            writer.Write(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var settings in made.Where(s => s.Provider == DatabaseProvider.Postgres))
        {
            NpgsqlConnection.ClearAllPools();
            await using var db = RegieDatabase.Create(settings, TenantContext.System);
            await db.Database.EnsureDeletedAsync();
        }

        Directory.Delete(Folder, recursive: true);
    }

    private static async Task<List<string>> RowsOf<T>(RegieDbContext db, IEntityType entity)
        where T : class
    {
        var rows = await db.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync(Ct);
        return [.. rows
            .Select(row => JsonSerializer.Serialize(entity.GetProperties().ToDictionary(p => p.Name, p => p.PropertyInfo!.GetValue(row))))
            .Order(StringComparer.Ordinal)];
    }

    private async Task<Guid> AddEveryKindOfRowAsync(RegieDbContext db, Guid board)
    {
        var service = Guid.NewGuid();
        var run = Guid.NewGuid();
        var tender = Guid.NewGuid();
        var at = Clock.GetUtcNow();
        db.Services.Add(new ServiceEntity
        {
            Id = service,
            OrganisationId = board,
            Name = "Eigen \"rooster\" ë – 📅\nmet regel",
            ProcessKeys = ["lesgeven"],
            DataLocation = DataLocation.EuOnly,
            AnnualCost = decimal.MaxValue,
            ContractEnd = new DateOnly(2028, 2, 29),
            TestedExport = Check.Partly,
            Notes = "<script>alert(1)</script>",
            Overrides = [new AnswerOverrideEntity { Id = Guid.NewGuid(), OrganisationId = board, CriterionId = "jurisdiction", Option = null, Reason = "onbekend, met opzet" }],
        });
        db.Schools.Add(new SchoolEntity { Id = Guid.NewGuid(), OrganisationId = board, Name = "De Klimop", Brin = "12AB", Sector = Sector.Po, Pupils = 240 });
        db.LocalCompanies.Add(new LocalCompanyEntity { Id = Guid.NewGuid(), OrganisationId = board, Key = "eigen-bv", Name = "Eigen BV", Country = "NL", ParentKey = "none", Kind = CompanyKind.Cooperative });
        db.LocalProviders.Add(new LocalProviderEntity { Id = Guid.NewGuid(), OrganisationId = board, Key = "eigen-dc", Name = "Eigen DC", CompanyKey = "eigen-bv", Kind = ProviderKind.SelfHosted });
        db.LocalProducts.Add(new LocalProductEntity { Id = Guid.NewGuid(), OrganisationId = board, Key = "eigen-rooster", Name = "Eigen rooster", Category = "rooster", Aliases = ["Rooster", "Planner"] });
        db.FactCorrections.Add(new FactCorrectionEntity { Id = Guid.NewGuid(), OrganisationId = board, ProductId = "magister", Field = CorrectableFact.DataLocation, Value = null, Reason = "contract" });
        db.RegisterBoards.Add(new RegisterBoardEntity { Id = Guid.NewGuid(), BoardNumber = "90001", Name = "Stichting Voorbeeld", Province = "Utrecht", Website = "voorbeeldonderwijs.nl" });
        db.RegisterSchools.Add(new RegisterSchoolEntity { Id = Guid.NewGuid(), Code = "12AB00", Brin = "12AB", BoardNumber = "90001", Name = "De Klimop", Sector = Sector.Po, IsMainLocation = true, Website = "klimop.nl", Pupils = 240 });
        db.RegisterImports.Add(new RegisterImportEntity { Id = Guid.NewGuid(), ImportedAt = at, Files = ["05-besturen.csv"], Boards = 1, Schools = 1, SchoolsWithPupils = 1, NewSchools = 1 });
        var sectorScan = Guid.NewGuid();
        db.SectorScans.Add(new SectorScanEntity { Id = sectorScan, StartedAt = at, FinishedAt = at.AddMinutes(1), Status = SectorScanStatus.Finished, Domains = 1, Done = 1, Resolved = 1, Queries = 40 });
        db.SectorScanResults.Add(new SectorScanResultEntity { Id = Guid.NewGuid(), ScanId = sectorScan, Domain = "klimop.nl", Outcome = DomainOutcome.Resolved, MailId = "microsoft", MailName = "Microsoft" });
        db.SectorVendorAnswers.Add(new SectorVendorAnswerEntity { Id = Guid.NewGuid(), VendorId = "zermelo", VendorName = "Zermelo", Subject = "zermelo", Topic = "SOV2.law", Answer = "2", AnsweredOn = new DateOnly(2026, 11, 1), RecordedAt = at, RecordedBy = "cli:test", ReceivedBy = "SIVON", Source = "brief van 1 november 2026" });
        db.SectorReleases.Add(new SectorReleaseEntity { Id = Guid.NewGuid(), MadeAt = at, MadeOn = DateOnly.FromDateTime(at.UtcDateTime), K = 5, Boards = [board, Guid.NewGuid()], DataStamp = "abc", WithdrawnAt = at.AddDays(2) });
        db.IpRangeSets.Add(new IpRangeSetEntity { Id = Guid.NewGuid(), Provider = "aws", Format = "aws", SourceFile = "ip-ranges.json", ImportedAt = at, PrefixCount = 2, Prefixes = "3.5.0.0/16\tS3\teu-west-1\n2600:1f00::/24\tEC2\t" });
        db.DiscoveryRuns.Add(new DiscoveryRunEntity { Id = run, OrganisationId = board, StartedAt = at, FinishedAt = at.AddMinutes(2), Domains = ["voorbeeldonderwijs.nl"], OutcomesJson = "{\"voorbeeldonderwijs.nl\":\"Ok\"}" });
        db.DiscoveryFindings.Add(new DiscoveryFindingEntity
        {
            Id = Guid.NewGuid(),
            OrganisationId = board,
            RunId = run,
            Key = "mail:microsoft",
            Domain = "voorbeeldonderwijs.nl",
            Area = FindingArea.Mail,
            ProviderId = "microsoft",
            ProviderName = "Microsoft",
            ServiceName = "Exchange Online",
            Confidence = 0.95,
            Rule = "mx",
            ServiceId = service,
        });
        db.ServiceEvidence.Add(new ServiceEvidenceEntity { Id = Guid.NewGuid(), OrganisationId = board, ServiceId = service, Origin = "dns", RecordType = "MX", Name = "voorbeeldonderwijs.nl", Value = "x.mail.protection.outlook.com", Confidence = 0.9, FoundAt = at });
        db.ExternalAssessments.Add(new ExternalAssessmentEntity { Id = Guid.NewGuid(), OrganisationId = board, ServiceId = service, Tool = "DAAF", Subject = "Rooster", Score = 6.5m, ImportedAt = at });
        db.ExitPlans.Add(new ExitPlanEntity { Id = Guid.NewGuid(), OrganisationId = board, ServiceId = service, DataToExport = ["roosters"], Steps = ["exporteer", "importeer"], LastTested = new DateOnly(2026, 10, 1), UpdatedAt = at });
        db.ProcessingRecords.Add(new ProcessingRecordEntity { Id = Guid.NewGuid(), OrganisationId = board, ServiceId = service, Purpose = "roosters maken", DataSubjects = "leerlingen,medewerkers", LegalBasis = "algemeen-belang", Retention = "1 jaar", Notes = "regel 1\nregel 2", UpdatedBy = "tester", UpdatedAt = at });
        db.PlannedMoves.Add(new PlannedMoveEntity { Id = Guid.NewGuid(), OrganisationId = board, ServiceId = service, AlternativeId = "eigen-rooster", Status = MoveState.InProgress, PinnedPeriod = "2027-Q2", OneOffCost = 0.01m });
        var assessment = Guid.NewGuid();
        db.ImpactAssessments.Add(new ImpactAssessmentEntity
        {
            Id = assessment,
            OrganisationId = board,
            ServiceId = service,
            Kind = Regie.Core.Privacy.ImpactKind.Kia,
            PerformedOn = new DateOnly(2026, 3, 1),
            Outcome = Regie.Core.Privacy.ImpactOutcome.AcceptableWithMeasures,
            ReviewOn = new DateOnly(2027, 3, 1),
            Notes = "regel 1\nregel 2",
            UpdatedAt = at,
            Risks = [new ImpactRiskEntity { Id = Guid.NewGuid(), OrganisationId = board, AssessmentId = assessment, Position = 1, Description = "profilering", Measure = "uitzetten", MeasureStatus = Regie.Core.Privacy.MeasureStatus.Done }],
        });
        var valueAssessment = Guid.NewGuid();
        db.ValueAssessments.Add(new ValueAssessmentEntity
        {
            Id = valueAssessment,
            OrganisationId = board,
            SubjectKind = Core.PublicValues.SubjectKind.Facility,
            SubjectName = "Nextcloud bij SURF",
            CreatedAt = at,
            UpdatedAt = at,
        });
        db.ValueAnswers.Add(new ValueAnswerEntity
        {
            Id = Guid.NewGuid(),
            OrganisationId = board,
            AssessmentId = valueAssessment,
            QuestionId = "quality.learning",
            Score = 2,
            Evidence = "pilot\nmet ë",
            Assessor = "FG",
            Date = new DateOnly(2026, 12, 1),
        });
        db.ValueWeights.Add(new ValueWeightEntity { Id = Guid.NewGuid(), OrganisationId = board, ValueId = "quality", Weight = 2.5 });
        db.Tenders.Add(new TenderEntity
        {
            Id = tender,
            OrganisationId = board,
            Name = "Rooster 2027",
            Category = "rooster",
            CreatedAt = at,
            Responses = [new VendorResponseEntity { Id = Guid.NewGuid(), OrganisationId = board, TenderId = tender, VendorName = "Leverancier", AnswersJson = "{\"r1\":\"ja\"}", ReceivedAt = at }],
        });
        db.Snapshots.Add(new BoardSnapshotEntity
        {
            Id = Guid.NewGuid(),
            OrganisationId = board,
            Date = new DateOnly(2026, 12, 5),
            TakenAt = at,
            Kind = Core.History.SnapshotKind.Recorded,
            Label = "RvT 5 december – “voorlopig”",
            Actor = "tester",
            CatalogVersion = "2026.12",
            ModelVersion = "1.0",
            ChangeMark = 42,
            FiguresJson = "{}",
            Content = [0x1f, 0x8b, 0, 255, 7],
            JsonBytes = 5,
        });
        db.VendorAnswers.Add(new VendorAnswerEntity { Id = Guid.NewGuid(), OrganisationId = board, VendorId = "eigen-bv", VendorName = "Eigen BV", Subject = "eigen-rooster", Topic = "jurisdiction", Answer = "nl", AnsweredOn = new DateOnly(2026, 11, 1), RecordedAt = at, RecordedBy = "tester" });

        // The accounts: a user with a claim, an outside login and a stored token, a membership and an API token.
        var user = Guid.NewGuid();
        db.Users.Add(new RegieUser
        {
            Id = user,
            UserName = "anna@bestuur.nl",
            NormalizedUserName = "ANNA@BESTUUR.NL",
            Email = "anna@bestuur.nl",
            NormalizedEmail = "ANNA@BESTUUR.NL",
            PasswordHash = "AQAAAAIAAYagAAAAE-test",
            SecurityStamp = "stamp",
            ConcurrencyStamp = "concurrency",
            LockoutEnabled = true,
            DisplayName = "Anna",
        });
        db.UserClaims.Add(new Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid> { UserId = user, ClaimType = "school", ClaimValue = "De Klimop" });
        db.UserLogins.Add(new Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid> { UserId = user, LoginProvider = "surfconext", ProviderKey = "anna-123", ProviderDisplayName = "SURFconext" });
        db.UserTokens.Add(new Microsoft.AspNetCore.Identity.IdentityUserToken<Guid> { UserId = user, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "geheim" });
        db.Memberships.Add(new BoardMembershipEntity { Id = Guid.NewGuid(), OrganisationId = board, UserId = user, Role = BoardRole.Editor });
        db.ApiTokens.Add(new ApiTokenEntity { Id = Guid.NewGuid(), UserId = user, OrganisationId = board, Role = BoardRole.Reader, Name = "script", SecretHash = "ab12", CreatedAt = at, ExpiresAt = at.AddDays(30) });
        await db.SaveChangesAsync(Ct);
        return board;
    }
}
