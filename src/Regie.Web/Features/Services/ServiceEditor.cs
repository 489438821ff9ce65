using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features.Shared;

namespace Regie.Web.Features.Services;

/// <summary>What a board enters about a service, from the web form or the API. Null means "not entered" (the catalog's fact counts).</summary>
public sealed class ServiceInput
{
    [Display(Name = "Naam")]
    public string? Name { get; set; }

    /// <summary>A catalog product id, e.g. "microsoft-entra-id".</summary>
    [Display(Name = "Product uit de catalogus")]
    public string? CatalogProductId { get; set; }

    /// <summary>Process keys of the board, e.g. "lesgeven".</summary>
    public List<string> Processes { get; set; } = [];

    [Display(Name = "Aantal leerlingen")]
    public int? Pupils { get; set; }

    [Display(Name = "Aantal medewerkers")]
    public int? Staff { get; set; }

    /// <summary>Data category ids, e.g. "leerlinggegevens".</summary>
    public List<string> DataCategories { get; set; } = [];

    /// <summary>The board's service this one signs in through (its identity provider).</summary>
    public Guid? SignsInThrough { get; set; }

    /// <summary>The board's service this one is hosted on; or use <see cref="HostingProviderId"/>.</summary>
    public Guid? HostedOnService { get; set; }

    /// <summary>A hosting provider id (catalog or the board's own) that differs from the catalog product's.</summary>
    public string? HostingProviderId { get; set; }

    public string? HostingRegion { get; set; }

    /// <summary>A vendor company id (catalog or the board's own) that differs from the catalog product's.</summary>
    public string? VendorId { get; set; }

    public DataLocation DataLocation { get; set; }

    public Tri OpenSource { get; set; }

    public DateOnly? ContractEnd { get; set; }

    public Tri ExitClause { get; set; }

    public List<string> ExportFormats { get; set; } = [];

    public AssessmentStatus Dpia { get; set; }

    public AssessmentStatus Kia { get; set; }

    [Display(Name = "Jaarlijkse kosten")]
    public decimal? AnnualCost { get; set; }

    public MitigationInput Mitigation { get; set; } = new();

    public string? Notes { get; set; }

    /// <summary>The version of the service this input was made from (<see cref="ServiceEditor.VersionAsync"/>); a save over a newer one is refused.</summary>
    public string? Version { get; set; }

    public static ServiceInput From(ServiceEntity s, IReadOnlyList<DependencyEntity> edges, string? version = null) => new()
    {
        Name = s.Name,
        CatalogProductId = s.CatalogProductId,
        Processes = [.. s.ProcessKeys],
        Pupils = s.Pupils,
        Staff = s.Staff,
        DataCategories = [.. s.DataCategories],
        SignsInThrough = edges.FirstOrDefault(e => e.FromServiceId == s.Id && e.Kind == DependencyKind.SignsInThrough)?.ToServiceId,
        HostedOnService = edges.FirstOrDefault(e => e.FromServiceId == s.Id && e.Kind == DependencyKind.HostedOn)?.ToServiceId,
        HostingProviderId = s.HostingProviderId,
        HostingRegion = s.HostingRegion,
        VendorId = s.VendorId,
        DataLocation = s.DataLocation,
        OpenSource = s.OpenSource,
        ContractEnd = s.ContractEnd,
        ExitClause = s.ExitClause,
        ExportFormats = [.. s.ExportFormats],
        Dpia = s.Dpia,
        Kia = s.Kia,
        AnnualCost = s.AnnualCost,
        Notes = s.Notes,
        Mitigation = MitigationChecks.Read(s),
        Version = version,
    };
}

/// <summary>What a save came to: the stored service, or refused because the name is taken or the service changed since it was loaded.</summary>
public sealed record ServiceSaving(ServiceEntity? Service, bool NameTaken = false, bool Stale = false);

/// <summary>The six mitigation checks (beheersmaatregelen); <see cref="MitigationChecks"/> ties them to the core and the columns.</summary>
public sealed class MitigationInput
{
    public Check TestedExport { get; set; }
    public Check TestedExitPlan { get; set; }
    public Check AlternativeIdentified { get; set; }
    public Check IndependentBackup { get; set; }
    public Check ExitClauseInContract { get; set; }
    public Check InHouseKnowHow { get; set; }

    /// <summary>
    /// The checks' version as the priorities give it (GET /priorities, the priorities page), sent back when saving the checks
    /// alone (PUT /services/{id}/mitigation); not used within a whole service, whose own version counts there.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; set; }
}

/// <summary>
/// Checks and stores a <see cref="ServiceInput"/> for the web form and the API alike: the same rules, the same plain Dutch
/// messages naming the field, and nothing saved when any rule fails.
/// </summary>
public sealed class ServiceEditor(RegieDbContext db, RegieKnowledge knowledge)
{
    /// <summary>Errors keyed by the <see cref="ServiceInput"/> property they are about; empty when the input is valid.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(ServiceInput input, ServiceId? service, CancellationToken cancellationToken = default)
    {
        var serviceId = service?.Value;
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Add(nameof(input.Name), "Vul een naam in.");
        }
        else if (name.Length > 200)
        {
            Add(nameof(input.Name), "De naam mag hoogstens 200 tekens lang zijn.");
        }
        else if (FieldRules.Name("Naam", name) is { } hidden)
        {
            Add(nameof(input.Name), hidden);
        }
        else if (await db.Services.AnyAsync(s => s.Name == name && s.Id != serviceId, cancellationToken))
        {
            Add(nameof(input.Name), NameTaken(name));
        }

        if (input.CatalogProductId is { Length: > 0 } product && !knowledge.Catalog.ProductById.ContainsKey(product)
            && !await db.LocalProducts.AnyAsync(p => p.Key == product, cancellationToken))
        {
            Add(nameof(input.CatalogProductId), $"Product uit de catalogus: '{product}' staat niet in de catalogus en is geen eigen product van dit bestuur.");
        }

        var processes = await db.Processes.Select(p => p.Key).ToListAsync(cancellationToken);
        foreach (var unknown in input.Processes.Where(p => !processes.Contains(p, StringComparer.OrdinalIgnoreCase)))
        {
            Add(nameof(input.Processes), $"Processen: '{unknown}' is geen proces van dit bestuur.");
        }

        if (FieldRules.Count("Aantal leerlingen", input.Pupils) is { } pupils)
        {
            Add(nameof(input.Pupils), pupils);
        }

        if (FieldRules.Count("Aantal medewerkers", input.Staff) is { } staff)
        {
            Add(nameof(input.Staff), staff);
        }

        if (FieldRules.Amount("Jaarlijkse kosten", input.AnnualCost) is { } cost)
        {
            Add(nameof(input.AnnualCost), cost);
        }

        foreach (var unknown in input.DataCategories.Where(d => !knowledge.DataCategoryById.ContainsKey(d)))
        {
            Add(nameof(input.DataCategories), $"Soorten gegevens: '{unknown}' is geen bekende soort gegevens.");
        }

        foreach (var (field, label, target) in new[]
        {
            (nameof(input.SignsInThrough), "Logt in via", input.SignsInThrough),
            (nameof(input.HostedOnService), "Gehost op dienst", input.HostedOnService),
        })
        {
            if (target is not { } id)
            {
                continue;
            }

            if (id == serviceId)
            {
                Add(field, $"{label}: een dienst kan niet van zichzelf afhangen.");
            }
            else if (!await db.Services.AnyAsync(s => s.Id == id, cancellationToken))
            {
                Add(field, $"{label}: kies een dienst van dit bestuur.");
            }
        }

        if (input.HostedOnService is not null && !string.IsNullOrEmpty(input.HostingProviderId))
        {
            Add(nameof(input.HostingProviderId), "Gehost bij: kies een hostingpartij of een dienst, niet allebei.");
        }
        else if (input.HostingProviderId is { Length: > 0 } provider && !knowledge.Catalog.ProviderById.ContainsKey(provider)
                 && !await db.LocalProviders.AnyAsync(p => p.Key == provider, cancellationToken))
        {
            Add(nameof(input.HostingProviderId), $"Hostingpartij: '{provider}' is onbekend in de catalogus en bij dit bestuur.");
        }

        if (input.VendorId is { Length: > 0 } vendor && !knowledge.Catalog.CompanyById.ContainsKey(vendor)
            && !await db.LocalCompanies.AnyAsync(c => c.Key == vendor, cancellationToken))
        {
            Add(nameof(input.VendorId), $"Leverancier: '{vendor}' is onbekend in de catalogus en bij dit bestuur.");
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    public static string NameTaken(string name) => $"Er is al een dienst met de naam '{name}'.";

    /// <summary>
    /// Stores a valid input as a new service (<paramref name="service"/> null) or over an existing one, with its identity and
    /// hosting edges. Over an existing one, only while the stored service still has the input's <see cref="ServiceInput.Version"/>
    /// (none given: any); else nothing is stored and the entity holds the current values. Refused as well when a service of
    /// the same name was stored at the same moment (the unique index): the caller says so with <see cref="NameTaken"/>.
    /// </summary>
    public async Task<ServiceSaving> SaveAsync(ServiceInput input, ServiceEntity? service, CancellationToken cancellationToken = default)
    {
        try
        {
            if (service is null)
            {
                service = new ServiceEntity { Id = Guid.NewGuid() };
                db.Services.Add(service);
                await WriteAsync(input, service, cancellationToken);
                return new(service);
            }

            var existing = service;
            var saved = await EditVersion.SaveIfUnchangedAsync(db, input.Version, async () =>
            {
                // Read again under the board's write lock: what another editor stored since counts, not what this one loaded.
                await db.Entry(existing).ReloadAsync(cancellationToken);
                return db.Entry(existing).State == EntityState.Detached ? null : await VersionAsync(existing, cancellationToken);
            }, () => WriteAsync(input, existing, cancellationToken), cancellationToken);
            return saved ? new(existing) : new(db.Entry(existing).State == EntityState.Detached ? null : existing, Stale: true);
        }
        catch (DbUpdateException refused) when (DatabaseErrors.IsUniqueViolation(refused))
        {
            db.ChangeTracker.Clear();
            return new(null, NameTaken: true);
        }
    }

    /// <summary>The service's version: its stored values and the identity and hosting edges the form edits.</summary>
    public async Task<string> VersionAsync(ServiceEntity service, CancellationToken cancellationToken = default)
    {
        var edges = await db.Dependencies.AsNoTracking()
            .Where(d => d.FromServiceId == service.Id && (d.Kind == DependencyKind.SignsInThrough || d.Kind == DependencyKind.HostedOn))
            .Select(d => new { d.Kind, d.ToServiceId }).ToListAsync(cancellationToken);
        return EditVersion.Of(db, service, [.. edges.OrderBy(e => e.Kind).ThenBy(e => e.ToServiceId).Select(e => $"{e.Kind}>{e.ToServiceId}")]);
    }

    /// <summary>
    /// Deletes the service with its answers and dependencies while it is still at <paramref name="expectedVersion"/>
    /// (<see cref="VersionAsync"/>; null: any): a delete from a page opened before someone's change is refused (Stale).
    /// </summary>
    public async Task<Deletion> DeleteAsync(ServiceId id, string? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        return await EditVersion.DeleteIfUnchangedAsync(db, expectedVersion, async () =>
            await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id.Value, cancellationToken) is { } stored
                ? await VersionAsync(stored, cancellationToken)
                : null,
            () => db.DeleteServiceAsync(id.Value, cancellationToken), cancellationToken);
    }

    private async Task WriteAsync(ServiceInput input, ServiceEntity service, CancellationToken cancellationToken)
    {
        service.Name = input.Name!.Trim();
        service.CatalogProductId = Blank(input.CatalogProductId);
        service.ProcessKeys = [.. input.Processes.Distinct(StringComparer.OrdinalIgnoreCase)];
        service.Pupils = input.Pupils;
        service.Staff = input.Staff;
        service.DataCategories = [.. input.DataCategories.Distinct(StringComparer.OrdinalIgnoreCase)];
        service.HostingProviderId = Blank(input.HostingProviderId);
        service.HostingRegion = Blank(input.HostingRegion);
        service.VendorId = Blank(input.VendorId);
        service.DataLocation = input.DataLocation;
        service.OpenSource = input.OpenSource;
        service.ContractEnd = input.ContractEnd;
        service.ExitClause = input.ExitClause;
        service.ExportFormats = [.. input.ExportFormats.Select(f => f.Trim().ToLowerInvariant()).Where(f => f.Length > 0).Distinct()];
        service.Dpia = input.Dpia;
        service.Kia = input.Kia;
        service.AnnualCost = input.AnnualCost;
        service.Notes = Blank(input.Notes);
        MitigationChecks.Write(input.Mitigation, service);

        var edges = await db.Dependencies.Where(d => d.FromServiceId == service.Id).ToListAsync(cancellationToken);
        SetEdge(service.Id, edges, DependencyKind.SignsInThrough, input.SignsInThrough);
        SetEdge(service.Id, edges, DependencyKind.HostedOn, input.HostedOnService);
        await db.SaveChangesAsync(cancellationToken);
    }

    // The form shows one edge of a kind: keep the stored edges when it still names one of them, else replace them all.
    private void SetEdge(Guid from, List<DependencyEntity> edges, DependencyKind kind, Guid? target)
    {
        var current = edges.Where(e => e.Kind == kind).ToList();
        if (target is { } t && current.Any(e => e.ToServiceId == t))
        {
            return;
        }

        db.Dependencies.RemoveRange(current);
        if (target is { } to)
        {
            db.Dependencies.Add(new DependencyEntity { Id = Guid.NewGuid(), FromServiceId = from, Kind = kind, ToServiceId = to });
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
