using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Discovery;
using Regie.Core.Landscape;
using Regie.Core.Planning;

namespace Regie.Data;

/// <summary>
/// Regie's database, scoped to one <see cref="ITenantContext"/>: query filters show only the tenant's rows, and
/// SaveChanges stamps, checks and audits every change. Get one from <see cref="RegieDatabase.Create"/>.
/// The users (ASP.NET Core Identity's user tables, without its global roles: roles are per board) live here too.
/// </summary>
public abstract class RegieDbContext : IdentityUserContext<RegieUser, Guid>
{
    /// <summary>The name of the query filter on every board-owned set, for admin code that must pass it to IgnoreQueryFilters.</summary>
    public const string TenantFilter = "Tenant";

    private static readonly JsonSerializerOptions AuditJson = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly ITenantContext tenant;
    private readonly TimeProvider time;

    protected RegieDbContext(DbContextOptions options, ITenantContext tenant, TimeProvider time)
        : base(options)
    {
        this.tenant = tenant;
        this.time = time;
    }

    public DbSet<OrganisationEntity> Organisations => Set<OrganisationEntity>();
    public DbSet<SchoolEntity> Schools => Set<SchoolEntity>();
    public DbSet<ProcessEntity> Processes => Set<ProcessEntity>();
    public DbSet<ServiceEntity> Services => Set<ServiceEntity>();
    public DbSet<AnswerOverrideEntity> AnswerOverrides => Set<AnswerOverrideEntity>();
    public DbSet<DependencyEntity> Dependencies => Set<DependencyEntity>();
    public DbSet<LocalCompanyEntity> LocalCompanies => Set<LocalCompanyEntity>();
    public DbSet<LocalProviderEntity> LocalProviders => Set<LocalProviderEntity>();
    public DbSet<LocalProductEntity> LocalProducts => Set<LocalProductEntity>();
    public DbSet<FactCorrectionEntity> FactCorrections => Set<FactCorrectionEntity>();
    public DbSet<IpRangeSetEntity> IpRangeSets => Set<IpRangeSetEntity>();
    public DbSet<DiscoveryRunEntity> DiscoveryRuns => Set<DiscoveryRunEntity>();
    public DbSet<DiscoveryFindingEntity> DiscoveryFindings => Set<DiscoveryFindingEntity>();
    public DbSet<ServiceEvidenceEntity> ServiceEvidence => Set<ServiceEvidenceEntity>();
    public DbSet<ExternalAssessmentEntity> ExternalAssessments => Set<ExternalAssessmentEntity>();
    public DbSet<ExitPlanEntity> ExitPlans => Set<ExitPlanEntity>();
    public DbSet<ImpactAssessmentEntity> ImpactAssessments => Set<ImpactAssessmentEntity>();
    public DbSet<ImpactRiskEntity> ImpactRisks => Set<ImpactRiskEntity>();
    public DbSet<PlannedMoveEntity> PlannedMoves => Set<PlannedMoveEntity>();
    public DbSet<TenderEntity> Tenders => Set<TenderEntity>();
    public DbSet<VendorResponseEntity> VendorResponses => Set<VendorResponseEntity>();
    public DbSet<VendorAnswerEntity> VendorAnswers => Set<VendorAnswerEntity>();
    public DbSet<ProcessingRecordEntity> ProcessingRecords => Set<ProcessingRecordEntity>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ValueAssessmentEntity> ValueAssessments => Set<ValueAssessmentEntity>();
    public DbSet<ValueAnswerEntity> ValueAnswers => Set<ValueAnswerEntity>();
    public DbSet<ValueWeightEntity> ValueWeights => Set<ValueWeightEntity>();
    public DbSet<BoardSnapshotEntity> Snapshots => Set<BoardSnapshotEntity>();
    public DbSet<BoardMembershipEntity> Memberships => Set<BoardMembershipEntity>();
    public DbSet<ApiTokenEntity> ApiTokens => Set<ApiTokenEntity>();
    public DbSet<RegisterBoardEntity> RegisterBoards => Set<RegisterBoardEntity>();
    public DbSet<RegisterSchoolEntity> RegisterSchools => Set<RegisterSchoolEntity>();
    public DbSet<RegisterImportEntity> RegisterImports => Set<RegisterImportEntity>();
    public DbSet<SectorScanEntity> SectorScans => Set<SectorScanEntity>();
    public DbSet<SectorScanResultEntity> SectorScanResults => Set<SectorScanResultEntity>();
    public DbSet<SectorVendorAnswerEntity> SectorVendorAnswers => Set<SectorVendorAnswerEntity>();
    public DbSet<SectorReleaseEntity> SectorReleases => Set<SectorReleaseEntity>();

    /// <summary>False only while a restore writes rows that bring their own audit trail (<see cref="DatabaseBackup"/>).</summary>
    internal bool AuditsChanges { get; set; } = true;

    /// <summary>Who works in this context, as the audit trail records it; stored with what only a person can vouch for (a vendor's answers).</summary>
    public string Actor => tenant.Actor;

    // Read by the query filters per query, so one cached model serves every tenant.
    private Guid? CurrentOrganisationId => tenant.OrganisationId;

    /// <summary>
    /// Runs the action in one database transaction: every SaveChanges inside it commits together or not at all. Inside a
    /// transaction already open (a versioned save around an import) the action joins it.
    /// </summary>
    public async Task RunInTransactionAsync(Func<Task> action, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            await action();
            return;
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await action();
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // After a rollback the tracker would still show the saved rows as stored.
            ChangeTracker.Clear();
            throw;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var audit = PrepareSave();
        try
        {
            return WithoutDetectingAgain(() => base.SaveChanges(acceptAllChangesOnSuccess));
        }
        catch
        {
            Forget(audit);
            throw;
        }
    }

    /// <summary>Whether the last save was written in bulk (<see cref="BulkInsert"/>) rather than by EF row by row; for tests.</summary>
    internal bool LastSaveInBulk { get; private set; }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        LastSaveInBulk = false;
        var (changes, audit) = PendingChanges();
        if (BulkInsert.Suits(changes) && await TryBulkInsertAsync(changes, audit, acceptAllChangesOnSuccess, cancellationToken) is { } written)
        {
            return written;
        }

        var tracked = audit.ToList();
        AuditEntries.AddRange(tracked);
        try
        {
            return await WithoutDetectingAgainAsync(() => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken));
        }
        catch
        {
            Forget(tracked);
            throw;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<Sector>().HaveConversion<string>();
        configuration.Properties<ApiTokenScope>().HaveConversion<string>();
        configuration.Properties<ProcessKind>().HaveConversion<string>();
        configuration.Properties<AssessmentStatus>().HaveConversion<string>();
        configuration.Properties<DependencyKind>().HaveConversion<string>();
        configuration.Properties<Check>().HaveConversion<string>();
        configuration.Properties<DataLocation>().HaveConversion<string>();
        configuration.Properties<Tri>().HaveConversion<string>();
        configuration.Properties<ProviderKind>().HaveConversion<string>();
        configuration.Properties<CompanyKind>().HaveConversion<string>();
        configuration.Properties<CorrectableFact>().HaveConversion<string>();
        configuration.Properties<FindingArea>().HaveConversion<string>();
        configuration.Properties<FindingReview>().HaveConversion<string>();
        configuration.Properties<MoveState>().HaveConversion<string>();
        configuration.Properties<BoardRole>().HaveConversion<string>();
        configuration.Properties<Regie.Core.History.SnapshotKind>().HaveConversion<string>();
        configuration.Properties<Regie.Core.PublicValues.SubjectKind>().HaveConversion<string>();
        configuration.Properties<DomainOutcome>().HaveConversion<string>();
        configuration.Properties<SectorScanStatus>().HaveConversion<string>();
        configuration.Properties<Regie.Core.Privacy.ImpactKind>().HaveConversion<string>();
        configuration.Properties<Regie.Core.Privacy.ImpactOutcome>().HaveConversion<string>();
        configuration.Properties<Regie.Core.Privacy.MeasureStatus>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.Entity<RegieUser>().ToTable("Users");
        model.Entity<IdentityUserClaim<Guid>>().ToTable("UserClaims");
        model.Entity<IdentityUserLogin<Guid>>().ToTable("UserLogins");
        model.Entity<IdentityUserToken<Guid>>().ToTable("UserTokens");
        OwnedByBoard<BoardMembershipEntity>(model, m =>
        {
            m.HasIndex(e => new { e.OrganisationId, e.UserId }).IsUnique();
            m.HasIndex(e => e.UserId);
            m.HasOne<RegieUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ApiTokenEntity>(t =>
        {
            t.HasIndex(e => e.SecretHash).IsUnique();
            t.HasIndex(e => e.UserId);
            t.HasOne<RegieUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
            t.HasOne<OrganisationEntity>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            // A board token names its board; a sector token has neither board nor role, so it can never open a board's rows.
            t.ToTable(table => table.HasCheckConstraint("CK_ApiTokens_Scope",
                "(\"Scope\" = 'Board' AND \"OrganisationId\" IS NOT NULL) OR (\"Scope\" = 'SectorAggregates' AND \"OrganisationId\" IS NULL AND \"Role\" = 'None')"));
        });

        model.Entity<OrganisationEntity>(o =>
        {
            o.PrimitiveCollection(e => e.Sectors).ElementType().HasConversion<string>();
            o.HasQueryFilter(TenantFilter, e => e.Id == CurrentOrganisationId);
        });

        OwnedByBoard<SchoolEntity>(model);
        OwnedByBoard<ProcessEntity>(model).HasIndex(e => new { e.OrganisationId, e.Key }).IsUnique();
        OwnedByBoard<ServiceEntity>(model, s =>
        {
            // One board, one service per name: concurrent imports and creates cannot make a second (exact, case-sensitive; the
            // application also compares names ignoring case and spacing, see ImportApplier and ServiceEditor).
            s.HasIndex(e => new { e.OrganisationId, e.Name }).IsUnique();
            s.HasMany(e => e.Overrides).WithOne().HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        OwnedByBoard<AnswerOverrideEntity>(model);
        OwnedByBoard<DependencyEntity>(model, d =>
        {
            d.HasOne<ServiceEntity>().WithMany().HasForeignKey(e => e.FromServiceId).OnDelete(DeleteBehavior.Cascade);
            d.HasOne<ServiceEntity>().WithMany().HasForeignKey(e => e.ToServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        OwnedByBoard<LocalCompanyEntity>(model).HasIndex(e => new { e.OrganisationId, e.Key }).IsUnique();
        OwnedByBoard<LocalProviderEntity>(model).HasIndex(e => new { e.OrganisationId, e.Key }).IsUnique();
        OwnedByBoard<LocalProductEntity>(model).HasIndex(e => new { e.OrganisationId, e.Key }).IsUnique();
        OwnedByBoard<FactCorrectionEntity>(model).HasIndex(e => new { e.OrganisationId, e.ProductId });

        model.Entity<IpRangeSetEntity>().HasIndex(e => e.Provider).IsUnique();
        OwnedByBoard<DiscoveryRunEntity>(model, r =>
        {
            r.HasIndex(e => new { e.OrganisationId, e.StartedAt });
            r.HasMany(e => e.Findings).WithOne().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
        });
        OwnedByBoard<DiscoveryFindingEntity>(model, f =>
        {
            f.HasIndex(e => new { e.OrganisationId, e.Key });
            f.HasOne<ServiceEntity>().WithMany().HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.SetNull);
        });
        OwnedByBoard<ServiceEvidenceEntity>(model, e =>
            e.HasOne<ServiceEntity>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade));
        OwnedByBoard<ExternalAssessmentEntity>(model, a =>
            a.HasOne<ServiceEntity>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.SetNull));

        OwnedByBoard<ExitPlanEntity>(model, e =>
        {
            e.HasIndex(x => new { x.OrganisationId, x.ServiceId }).IsUnique();
            e.HasOne<ServiceEntity>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        OwnedByBoard<ImpactAssessmentEntity>(model, e =>
        {
            e.HasIndex(x => new { x.OrganisationId, x.ServiceId, x.Kind }).IsUnique();
            e.Property(x => x.Kind).HasMaxLength(8);
            e.Property(x => x.Outcome).HasMaxLength(40);
            e.Property(x => x.SectorDpiaId).HasMaxLength(100);
            e.Property(x => x.Notes).HasMaxLength(Regie.Core.Privacy.ImpactAssessmentRules.MaxText);
            e.HasOne<ServiceEntity>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Risks).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        OwnedByBoard<ImpactRiskEntity>(model, r =>
        {
            r.Property(x => x.Description).HasMaxLength(Regie.Core.Privacy.ImpactAssessmentRules.MaxText);
            r.Property(x => x.Measure).HasMaxLength(Regie.Core.Privacy.ImpactAssessmentRules.MaxText);
            r.Property(x => x.MeasureStatus).HasMaxLength(20);
            r.HasIndex(x => x.AssessmentId);
        });
        OwnedByBoard<PlannedMoveEntity>(model, m =>
        {
            m.HasIndex(x => new { x.OrganisationId, x.ServiceId });
            m.HasOne<ServiceEntity>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        OwnedByBoard<TenderEntity>(model, t =>
            t.HasMany(x => x.Responses).WithOne().HasForeignKey(x => x.TenderId).OnDelete(DeleteBehavior.Cascade));
        OwnedByBoard<VendorResponseEntity>(model);
        OwnedByBoard<VendorAnswerEntity>(model, a =>
        {
            a.HasIndex(x => new { x.OrganisationId, x.Subject, x.Topic }).IsUnique();
            a.HasIndex(x => new { x.VendorId, x.Subject, x.Topic });
        });

        OwnedByBoard<ProcessingRecordEntity>(model, e =>
        {
            e.HasIndex(x => new { x.OrganisationId, x.ServiceId }).IsUnique();
            e.HasOne<ServiceEntity>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Purpose).HasMaxLength(Core.Privacy.ProcessingRecordRules.MaxPurpose);
            e.Property(x => x.DataSubjects).HasMaxLength(200);
            e.Property(x => x.LegalBasis).HasMaxLength(50);
            e.Property(x => x.Retention).HasMaxLength(Core.Privacy.ProcessingRecordRules.MaxRetention);
            e.Property(x => x.Notes).HasMaxLength(Core.Privacy.ProcessingRecordRules.MaxNotes);
            e.Property(x => x.UpdatedBy).HasMaxLength(400);
        });

        // One daily snapshot per day; a recorded one per label and day (recording it again replaces it).
        OwnedByBoard<BoardSnapshotEntity>(model).HasIndex(e => new { e.OrganisationId, e.Date, e.Kind, e.Label }).IsUnique();

        // Public values (docs/PUBLIC-VALUES.md): one answer per question per assessment, one weight per value per board.
        OwnedByBoard<ValueAssessmentEntity>(model, a =>
        {
            a.Property(x => x.SubjectName).HasMaxLength(ValueAssessmentEntity.MaxNameLength);
            a.HasMany(x => x.Answers).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        OwnedByBoard<ValueAnswerEntity>(model, a =>
        {
            a.HasIndex(x => new { x.AssessmentId, x.QuestionId }).IsUnique();
            a.Property(x => x.Evidence).HasMaxLength(ValueAssessmentEntity.MaxEvidenceLength);
            a.Property(x => x.Assessor).HasMaxLength(ValueAssessmentEntity.MaxAssessorLength);
        });
        OwnedByBoard<ValueWeightEntity>(model).HasIndex(e => new { e.OrganisationId, e.ValueId }).IsUnique();

        // The sector observatory: public data, no board's rows (docs/SECTOR.md).
        model.Entity<RegisterBoardEntity>().HasIndex(e => e.BoardNumber).IsUnique();
        model.Entity<RegisterSchoolEntity>(s =>
        {
            s.HasIndex(e => e.Code).IsUnique();
            s.HasIndex(e => e.BoardNumber);
        });
        model.Entity<RegisterImportEntity>().HasIndex(e => e.ImportedAt);
        model.Entity<SectorScanEntity>().HasIndex(e => e.StartedAt);
        model.Entity<SectorScanResultEntity>(r =>
        {
            r.HasIndex(e => new { e.ScanId, e.Domain }).IsUnique();
            r.HasOne<SectorScanEntity>().WithMany().HasForeignKey(e => e.ScanId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<SectorVendorAnswerEntity>().HasIndex(e => new { e.VendorId, e.Subject, e.Topic });
        model.Entity<SectorReleaseEntity>().HasIndex(e => e.MadeOn).IsUnique();

        model.Entity<AuditEntry>(a =>
        {
            a.HasIndex(e => new { e.OrganisationId, e.At });
            a.HasQueryFilter(TenantFilter, e => e.OrganisationId != null && e.OrganisationId == CurrentOrganisationId);
        });

        // EF's own comparer for a list of strings builds a new delegate on every comparison and snapshot: with three lists a
        // service that was most of the time of tracking a large import. Same meaning (element by element, in order).
        foreach (var list in model.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(List<string>)))
        {
            list.SetValueComparer(TextLists.Comparer);
        }
    }

    private EntityTypeBuilder<T> OwnedByBoard<T>(
        ModelBuilder model, Action<EntityTypeBuilder<T>>? configure = null)
        where T : class, ITenantOwned
    {
        var entity = model.Entity<T>();
        entity.HasOne<OrganisationEntity>().WithMany().HasForeignKey(nameof(ITenantOwned.OrganisationId)).OnDelete(DeleteBehavior.Cascade);
        entity.HasQueryFilter(TenantFilter, e => e.OrganisationId == CurrentOrganisationId);
        configure?.Invoke(entity);
        return entity;
    }

    /// <summary>
    /// A save that only adds many rows (a large import) is written in bulk (<see cref="BulkInsert"/>), with the same audit
    /// entries. If the database refuses any of it, the bulk insert is rolled back (to a savepoint inside the caller's
    /// transaction) and null tells the caller to repeat the save through EF, whose error names the refused row.
    /// </summary>
    private async Task<int?> TryBulkInsertAsync(List<EntityEntry> changes, IEnumerable<AuditEntry> audit, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        const string savepoint = "regie_bulk_insert";
        var outer = Database.CurrentTransaction;
        await using var own = outer is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        if (outer is not null)
        {
            await outer.CreateSavepointAsync(savepoint, cancellationToken);
        }

        int written;
        try
        {
            written = await BulkInsert.InsertAsync(this, changes, audit, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            else
            {
                await outer!.ReleaseSavepointAsync(savepoint, cancellationToken);
            }
        }
        catch (System.Data.Common.DbException)
        {
            if (own is not null)
            {
                await own.RollbackAsync(cancellationToken);
            }
            else
            {
                await outer!.RollbackToSavepointAsync(savepoint, cancellationToken);
            }

            return null;
        }

        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        LastSaveInBulk = true;
        return written;
    }

    private List<AuditEntry> PrepareSave()
    {
        var audit = PendingChanges().Audit.ToList();
        AuditEntries.AddRange(audit);
        return audit;
    }

    /// <summary>
    /// The tracked changes, each checked against the tenant, and an audit entry for each, made as they are read: a bulk
    /// insert writes them a few hundred at a time instead of holding the JSON of every row of a large import at once.
    /// </summary>
    private (List<EntityEntry> Changes, IEnumerable<AuditEntry> Audit) PendingChanges()
    {
        ChangeTracker.DetectChanges();
        var changes = WithoutDetectingAgain(() => ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .ToList());
        foreach (var entry in changes)
        {
            EnforceTenant(entry);
        }

        // One save is one moment: every entry it audits carries the same time.
        var at = time.GetUtcNow();
        // A restore writes rows that were audited when they were made; the restore itself is one audit entry.
        return (changes, AuditsChanges ? changes.Select(entry => ToAudit(entry, at)).OfType<AuditEntry>() : []);
    }

    /// <summary>
    /// Runs EF work that would detect changes again (Entries(), the base SaveChanges) right after PendingChanges detected
    /// them: only audit entries were added since. Comparing every tracked value a second and third time was a third of the
    /// time of saving a large import.
    /// </summary>
    private T WithoutDetectingAgain<T>(Func<T> work)
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return work();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private async Task<T> WithoutDetectingAgainAsync<T>(Func<Task<T>> work)
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await work();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private void EnforceTenant(EntityEntry entry)
    {
        var current = tenant.OrganisationId;
        var entityName = entry.Metadata.ClrType.Name;
        if (entry.Entity is OrganisationEntity organisation)
        {
            if (current is not null && organisation.Id != current)
            {
                throw Violation(entityName);
            }

            return;
        }

        if (entry.Entity is ISharedKnowledge && current is not null)
        {
            throw new TenantViolationException($"{entityName} is gedeelde kennis van alle besturen: alleen de beheerder (zonder bestuur) mag die wijzigen.");
        }

        if (entry.Entity is not ITenantOwned)
        {
            return;
        }

        var owner = entry.Property(nameof(ITenantOwned.OrganisationId));
        if (entry.State == EntityState.Added && (Guid)owner.CurrentValue! == Guid.Empty)
        {
            owner.CurrentValue = current ?? throw new TenantViolationException(
                $"{entityName} hoort bij geen organisatie: zonder ingelogde organisatie moet OrganisationId expliciet gezet zijn.");
        }

        var owners = entry.State == EntityState.Added
            ? [(Guid)owner.CurrentValue!]
            : new[] { (Guid)owner.CurrentValue!, (Guid)owner.OriginalValue! };
        if (owners.Any(o => o == Guid.Empty || (current is not null && o != current)))
        {
            throw Violation(entityName);
        }
    }

    private static TenantViolationException Violation(string entityName) => new(
        $"Deze wijziging ({entityName}) hoort bij een andere organisatie. U kunt alleen gegevens van uw eigen organisatie wijzigen.");

    private AuditEntry? ToAudit(EntityEntry entry, DateTimeOffset at)
    {
        if (entry.Entity is IBulkPublicData)
        {
            return null; // public rows written in bulk: their import or scan is the audited change
        }

        var properties = entry.Properties.ToList();
        string? oldValues = null, newValues = null;
        switch (entry.State)
        {
            case EntityState.Added:
                newValues = Json(properties, p => p.CurrentValue);
                break;
            case EntityState.Deleted:
                oldValues = Json(properties, p => p.OriginalValue);
                break;
            default:
                var changed = properties.Where(p => p.IsModified && !p.Metadata.GetValueComparer().Equals(p.OriginalValue, p.CurrentValue)).ToList();
                if (changed.Count > 0)
                {
                    oldValues = Json(changed, p => p.OriginalValue);
                    newValues = Json(changed, p => p.CurrentValue);
                }
                else if (properties.Any(p => p.IsModified))
                {
                    // An attached, updated entity has no original values to compare with: record what was written.
                    newValues = Json(properties.Where(p => p.IsModified), p => p.CurrentValue);
                }
                else
                {
                    return null;
                }

                break;
        }

        return new AuditEntry
        {
            OrganisationId = entry.Entity switch
            {
                ITenantOwned owned => owned.OrganisationId,
                OrganisationEntity organisation => organisation.Id,
                RegieUser or ApiTokenEntity or IdentityUserClaim<Guid> or IdentityUserLogin<Guid> or IdentityUserToken<Guid> => null,
                _ => tenant.OrganisationId,
            },
            Actor = tenant.Actor,
            At = at,
            Entity = entry.Metadata.ClrType.Name,
            EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
            Action = entry.State.ToString(),
            OldValues = oldValues,
            NewValues = newValues,
        };
    }

    private static string Json(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value) =>
        JsonSerializer.Serialize(properties.ToDictionary(p => p.Metadata.Name, p => IsSecret(p) ? Hidden(value(p)) : Abridged(value(p))), AuditJson);

    // A password hash, a security stamp or a token's hash in the audit would be a second place to steal them from.
    private static bool IsSecret(PropertyEntry property) => (property.EntityEntry.Entity, property.Metadata.Name) switch
    {
        (RegieUser, nameof(RegieUser.PasswordHash) or nameof(RegieUser.SecurityStamp) or nameof(RegieUser.ConcurrencyStamp)) => true,
        (ApiTokenEntity, nameof(ApiTokenEntity.SecretHash)) => true,
        (IdentityUserToken<Guid>, nameof(IdentityUserToken<>.Value)) => true,
        _ => false,
    };

    private static string? Hidden(object? value) => value is null ? null : "(verborgen)";

    // An imported range file is megabytes of text: the audit keeps its size and fingerprint, not a second copy.
    // A snapshot's gzipped content likewise: its size and fingerprint.
    private static object? Abridged(object? value) => value switch
    {
        string { Length: > MaxAuditedText } text =>
            $"({text.Length} tekens, sha256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16]})",
        byte[] bytes => $"({bytes.Length} bytes, sha256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16]})",
        _ => value,
    };

    private const int MaxAuditedText = 4000;

    private void Forget(List<AuditEntry> audit)
    {
        foreach (var entry in audit)
        {
            Entry(entry).State = EntityState.Detached;
        }
    }
}

/// <summary>Compares and copies the lists of strings the entities hold (process keys, data categories, export formats…).</summary>
internal static class TextLists
{
    public static readonly ValueComparer<List<string>> Comparer = new((a, b) => Same(a, b), list => Hash(list), list => Copy(list));

    public static bool Same(List<string>? a, List<string>? b) => a is null ? b is null : b is not null && a.SequenceEqual(b);

    public static int Hash(List<string> list)
    {
        var hash = new HashCode();
        foreach (var item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public static List<string> Copy(List<string> list) => [.. list];
}
