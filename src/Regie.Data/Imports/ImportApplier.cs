using Microsoft.EntityFrameworkCore;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Landscape;

namespace Regie.Data.Imports;

/// <summary>
/// What the user asked of an import besides the file: <see cref="DryRun"/> previews without writing (`--dry-run`, the web's
/// first step); <see cref="RemoveMissing"/> removes the registered services the file no longer names (otherwise they are only
/// listed); <see cref="ExpectedFingerprint"/> is the preview the user confirmed, so the import is refused when the board
/// changed in between.
/// </summary>
public sealed record ImportOptions(bool DryRun = false, bool RemoveMissing = false, string? ExpectedFingerprint = null);

/// <summary>
/// The writing half of every import (`regie import`, the /import page): services added and updated, dependencies, evidence
/// and outside assessments for one board in a single transaction, or nothing when anything in the file is wrong. What a file
/// does is decided by <see cref="ImportReconciliation"/> (pure), once for the preview and again under the board's write lock
/// for the apply. The plan comes from Regie.Discovery's readers; this layer never reads a file.
/// </summary>
public static class ImportApplier
{
    /// <summary>
    /// Loads the board, lets <paramref name="readPlan"/> read and match the file against it, and previews or writes the plan
    /// when it has no errors; otherwise returns them and writes nothing.
    /// </summary>
    public static async Task<ImportResult> ImportAsync(
        RegieDbContext db, OrganisationId organisationId, Func<BoardLandscape, ImportPlan> readPlan, string fileName,
        CancellationToken cancellationToken = default, TimeProvider? time = null, ImportOptions? options = null)
    {
        time ??= TimeProvider.System;
        options ??= new ImportOptions();
        var landscape = await db.LoadLandscapeAsync(organisationId, time, cancellationToken);
        var plan = readPlan(landscape);
        if (!plan.IsValid)
        {
            return ImportResult.Failed(plan.Format, fileName, plan.Errors);
        }

        return options.DryRun
            ? await PreviewAsync(db, landscape, plan, fileName, options, cancellationToken)
            : await ApplyAsync(db, landscape, plan, fileName, time, cancellationToken, options);
    }

    /// <summary>
    /// What the plan would do to the board as loaded for reading the file; nothing is written. The apply decides again under
    /// the board's write lock, and the fingerprint tells whether that still is what the user saw.
    /// </summary>
    private static async Task<ImportResult> PreviewAsync(
        RegieDbContext db, BoardLandscape landscape, ImportPlan plan, string fileName, ImportOptions options, CancellationToken cancellationToken)
    {
        var organisationId = landscape.Organisation.Id.Value;
        var board = new RegisteredBoard(landscape.Services, landscape.Dependencies, await FromFormatAsync(db, organisationId, plan.Format, cancellationToken));
        var changes = ImportReconciliation.Reconcile(plan, board, fileName, options.RemoveMissing);
        var assessments = await NewAssessmentsAsync(db, organisationId, changes, fileName, DateTimeOffset.MinValue, cancellationToken);
        return ResultOf(plan, changes, fileName, assessments.Count, applied: false);
    }

    /// <summary>
    /// Writes a valid plan, as <see cref="ImportReconciliation.Reconcile"/> decides on the board as it is inside the
    /// transaction, after taking the board's write lock: two imports or an import and a create at the same moment cannot
    /// store one service twice (the unique index on name backs this up). A refusal by the database comes back as an error
    /// naming the file and, where the row is known, the row; a board changed since the confirmed preview as an error too.
    /// </summary>
    public static async Task<ImportResult> ApplyAsync(
        RegieDbContext db, BoardLandscape landscape, ImportPlan plan, string fileName, TimeProvider time, CancellationToken cancellationToken,
        ImportOptions? options = null)
    {
        if (!plan.IsValid)
        {
            throw new InvalidOperationException("A plan with errors must never be applied.");
        }

        options ??= new ImportOptions();
        var organisationId = landscape.Organisation.Id.Value;
        ImportChangeSet? changes = null;
        ImportResult? result = null;
        try
        {
            await db.RunInTransactionAsync(async () =>
            {
                await LockBoardAsync(db, organisationId, cancellationToken);

                // Read now, under the lock, not from the landscape loaded before: another import may have committed since.
                var (board, entities) = await LoadRegisteredAsync(db, organisationId, plan.Format, cancellationToken);
                changes = ImportReconciliation.Reconcile(plan, board, fileName, options.RemoveMissing);
                if (options.ExpectedFingerprint is { } expected && expected != changes.Fingerprint)
                {
                    result = ImportResult.Failed(plan.Format, fileName, [ImportIssue.AtRow(fileName, null, null, new BoardChangedSincePreview())]);
                    return;
                }

                result = await WriteAsync(db, organisationId, plan, changes, entities, fileName, time, cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException refused)
        {
            return ImportResult.Failed(plan.Format, fileName, [Refusal(refused, fileName, db.Database.IsSqlite() ? changes : null)]);
        }

        return result!;
    }

    /// <summary>
    /// Takes the board's write lock for the rest of the transaction: a no-op update of the board's row waits for any other
    /// import of the same board to commit (a row lock on PostgreSQL, the database's write lock on SQLite).
    /// </summary>
    private static Task<int> LockBoardAsync(RegieDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == organisationId).ExecuteUpdateAsync(set => set.SetProperty(o => o.Name, o => o.Name), cancellationToken);

    /// <summary>
    /// The board's services and dependencies as an import compares them, and the stored rows of its services (untracked) to
    /// attach when one is updated or removed. Whole-board reads rather than lists of ids: a list of ids as parameters overflows
    /// SQLite's limit on SQL variables (32,766) with a large file.
    /// </summary>
    private static async Task<(RegisteredBoard Board, Dictionary<Guid, ServiceEntity> Entities)> LoadRegisteredAsync(
        RegieDbContext db, Guid organisationId, ImportFormat format, CancellationToken cancellationToken)
    {
        var entities = await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId).ToDictionaryAsync(s => s.Id, cancellationToken);
        var dependencies = await db.Dependencies.AsNoTracking().Where(d => d.OrganisationId == organisationId)
            .Select(d => new { d.FromServiceId, d.Kind, d.ToServiceId }).ToListAsync(cancellationToken);
        var board = new RegisteredBoard(
            // In the landscape's order (name, then id), so a row joins the same service here as in the preview.
            [.. entities.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id).Select(e => e.ToCore())],
            [.. dependencies.Select(d => new Dependency(new ServiceId(d.FromServiceId), d.Kind, new ServiceId(d.ToServiceId)))],
            await FromFormatAsync(db, organisationId, format, cancellationToken));
        return (board, entities);
    }

    /// <summary>The board's services an earlier import of this format left evidence on.</summary>
    private static async Task<IReadOnlySet<ServiceId>> FromFormatAsync(RegieDbContext db, Guid organisationId, ImportFormat format, CancellationToken cancellationToken)
    {
        var origin = format.EvidenceOrigin();
        var ids = await db.ServiceEvidence.AsNoTracking().Where(e => e.OrganisationId == organisationId && e.Origin == origin)
            .Select(e => e.ServiceId).Distinct().ToListAsync(cancellationToken);
        return ids.Select(id => new ServiceId(id)).ToHashSet();
    }

    private static ImportResult ResultOf(ImportPlan plan, ImportChangeSet changes, string fileName, int assessments, bool applied) =>
        new(plan.Format, fileName, [], changes.Notes, changes.Rows, changes.NewDependencies.Count, assessments)
        {
            Applied = applied,
            NewEdges = changes.NewEdges,
            Missing = changes.Missing,
            MissingRemoved = applied && changes.RemoveMissing,
            Fingerprint = changes.Fingerprint,
        };

    private static async Task<ImportResult> WriteAsync(
        RegieDbContext db, Guid organisationId, ImportPlan plan, ImportChangeSet changes, Dictionary<Guid, ServiceEntity> entities, string fileName,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var origin = plan.Format.EvidenceOrigin();
        var now = time.GetUtcNow();
        IEnumerable<ServiceEvidenceEntity> evidence = changes.Landed.Select(landed => new ServiceEvidenceEntity
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            ServiceId = landed.Service.Value,
            Origin = origin,
            RecordType = landed.Candidate.RecordType,
            Name = landed.Candidate.Place,
            Value = landed.Candidate.RawName,
            Confidence = landed.Candidate.Confidence,
            FoundAt = now,
        });

        // The export itself is the proof: each app's row stays on record as the reason for its sign-in edge.
        if (changes.SignInService is { } identity)
        {
            var identityName = entities.TryGetValue(identity.Value, out var stored) ? stored.Name : changes.NewServices.First(s => s.Id == identity).Name;
            evidence = evidence.Concat(changes.SignsIn.Select(app => new ServiceEvidenceEntity
            {
                Id = Guid.NewGuid(),
                OrganisationId = organisationId,
                ServiceId = app.Service.Value,
                Origin = origin,
                RecordType = SignsInThroughRecord,
                Name = app.Candidate.Place,
                Value = identityName,
                FoundAt = now,
            }));
        }

        // Evidence already on record from an earlier import of the same file is not added twice.
        var recorded = (await db.ServiceEvidence.AsNoTracking()
                .Where(e => e.OrganisationId == organisationId && e.Origin == origin)
                .Select(e => new { e.ServiceId, e.RecordType, e.Name, e.Value })
                .ToListAsync(cancellationToken))
            .Select(e => (e.ServiceId, e.RecordType, e.Name, e.Value)).ToHashSet();
        var assessments = await NewAssessmentsAsync(db, organisationId, changes, fileName, now, cancellationToken);

        // First the few rows that are changed rather than added: parties, updates, removals.
        await AddPartiesAsync(db, organisationId, plan.NewParties, fileName, cancellationToken);
        foreach (var update in changes.Updates)
        {
            // Attached as stored, then changed field by field: only the changed columns are written and audited old → new.
            var entity = entities[update.Before.Id.Value];
            db.Services.Attach(entity);
            foreach (var change in update.Changes)
            {
                entity.Apply(change.Field, update.After);
            }
        }

        if (changes.RemoveMissing)
        {
            await db.RemoveServicesAsync(organisationId, [.. changes.Missing.Select(m => entities[m.Id.Value])], cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        // Then the added rows, services before what refers to them, in chunks inside the same transaction: memory holds one
        // chunk of tracked rows at a time, not a whole 100,000-row file (docs/PERFORMANCE.md, Imports).
        await AddInChunksAsync(db, changes.NewServices.Select(s => s.ToEntity(organisationId)), cancellationToken);
        await AddInChunksAsync(db, changes.NewDependencies.Select(d => d.ToEntity(organisationId)), cancellationToken);
        await AddInChunksAsync(db, evidence.Where(e => recorded.Add((e.ServiceId, e.RecordType, e.Name, e.Value))), cancellationToken);
        await AddInChunksAsync(db, assessments, cancellationToken);
        return ResultOf(plan, changes, fileName, assessments.Count, applied: true);
    }

    /// <summary>Rows added per save of a large import; each save is one bulk insert (RegieDbContext) and is then forgotten.</summary>
    public const int ChunkRows = 1_000;

    private static async Task AddInChunksAsync<T>(RegieDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        foreach (var chunk in rows.Chunk(ChunkRows))
        {
            db.Set<T>().AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The outside assessments the file brings that the board does not hold yet (the same tool, subject and indicators on the same service).</summary>
    private static async Task<List<ExternalAssessmentEntity>> NewAssessmentsAsync(
        RegieDbContext db, Guid organisationId, ImportChangeSet changes, string fileName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!changes.Landed.Any(l => l.Candidate.Assessment is not null))
        {
            return [];
        }

        var assessed = (await db.ExternalAssessments.AsNoTracking()
                .Where(a => a.OrganisationId == organisationId && a.ServiceId != null)
                .Select(a => new { a.ServiceId, a.Tool, a.Subject, a.IndicatorsJson })
                .ToListAsync(cancellationToken))
            .Select(a => (a.ServiceId, a.Tool, a.Subject, a.IndicatorsJson)).ToHashSet();
        return
        [
            .. changes.Landed
                .Where(l => l.Candidate.Assessment is { } draft && assessed.Add((l.Service.Value, draft.Tool, draft.Subject, draft.IndicatorsJson)))
                .Select(l => new ExternalAssessmentEntity
                {
                    Id = Guid.NewGuid(),
                    OrganisationId = organisationId,
                    ServiceId = l.Service.Value,
                    Tool = l.Candidate.Assessment!.Tool,
                    ToolVersion = l.Candidate.Assessment.ToolVersion,
                    Subject = l.Candidate.Assessment.Subject,
                    Score = l.Candidate.Assessment.Score,
                    IndicatorsJson = l.Candidate.Assessment.IndicatorsJson,
                    SourceFile = fileName,
                    ImportedAt = now,
                }),
        ];
    }

    /// <summary>ServiceEvidenceEntity.RecordType of the row that proves an app signs in through the export's identity service.</summary>
    public const string SignsInThroughRecord = "signs-in-through";

    /// <summary>
    /// The board's own companies and hosting providers a file named, as the Parties page stores them; a key the board already
    /// has (added since the file was read) is left as it is.
    /// </summary>
    private static async Task AddPartiesAsync(RegieDbContext db, Guid organisationId, IReadOnlyList<ImportParty> parties, string fileName, CancellationToken cancellationToken)
    {
        if (parties.Count == 0)
        {
            return;
        }

        var companyKeys = parties.Where(p => p.Kind == OwnPartyKind.Company).Select(p => p.Key).ToList();
        var providerKeys = parties.Where(p => p.Kind == OwnPartyKind.HostingProvider).Select(p => p.Key).ToList();
        var companies = await db.LocalCompanies.Where(c => c.OrganisationId == organisationId && companyKeys.Contains(c.Key)).Select(c => c.Key).ToListAsync(cancellationToken);
        var providers = await db.LocalProviders.Where(p => p.OrganisationId == organisationId && providerKeys.Contains(p.Key)).Select(p => p.Key).ToListAsync(cancellationToken);
        foreach (var party in parties)
        {
            if (party.Kind == OwnPartyKind.Company && !companies.Contains(party.Key))
            {
                db.LocalCompanies.Add(new LocalCompanyEntity { Id = Guid.NewGuid(), OrganisationId = organisationId, Key = party.Key, Name = party.Name, Source = $"{fileName}, {party.Place}" });
            }
            else if (party.Kind == OwnPartyKind.HostingProvider && !providers.Contains(party.Key))
            {
                db.LocalProviders.Add(new LocalProviderEntity { Id = Guid.NewGuid(), OrganisationId = organisationId, Key = party.Key, Name = party.Name });
            }
        }
    }

    /// <summary>
    /// The database's refusal as an import error: the file, the row when the database pointed at one record, and why. Only
    /// SQLite runs the inserts one by one; PostgreSQL refuses a batch as a whole and EF may then point at another record of
    /// the batch, so there the row stays unnamed rather than wrong.
    /// </summary>
    private static ImportIssue Refusal(DbUpdateException refused, string fileName, ImportChangeSet? changes)
    {
        var entity = refused.Entries.Count == 1 ? refused.Entries[0].Entity : null;
        Guid? serviceId = entity switch
        {
            ServiceEntity s => s.Id,
            ServiceEvidenceEntity e => e.ServiceId,
            ExternalAssessmentEntity a => a.ServiceId,
            DependencyEntity d => d.FromServiceId,
            _ => null,
        };
        var candidate = serviceId is { } id ? changes?.Landed.FirstOrDefault(l => l.Service.Value == id)?.Candidate : null;
        ImportReason why = DatabaseErrors.IsUniqueViolation(refused) && (entity as ServiceEntity ?? refused.Entries.Select(e => e.Entity).OfType<ServiceEntity>().FirstOrDefault()) is { } service
            ? new ServiceNameTakenMeanwhile(service.Name)
            : new NotStored(DatabaseErrors.Detail(refused));
        return candidate is { Row: null } ? ImportIssue.AtPath(fileName, candidate.Place, why) : ImportIssue.AtRow(fileName, candidate?.Row, null, why);
    }
}
