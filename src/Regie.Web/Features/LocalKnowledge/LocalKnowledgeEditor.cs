using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Parties;
using Regie.Web.Features.Shared;

namespace Regie.Web.Features.LocalKnowledge;

/// <summary>The board's correction of one fact of a catalog product, from the catalog page or the API.</summary>
public sealed class CorrectionInput
{
    /// <summary>A catalog product id, e.g. "magister".</summary>
    public string? ProductId { get; set; }

    public CorrectableFact? Field { get; set; }

    /// <summary>
    /// A company key (vendor), a provider key (hostingProvider), a region, a <see cref="DataLocation"/> or <see cref="Tri"/>
    /// name; null or empty records "unknown".
    /// </summary>
    public string? Value { get; set; }

    /// <summary>Why the board knows better than the catalog; required.</summary>
    public string? Reason { get; set; }

    public string? Source { get; set; }

    /// <summary>
    /// The version of the board's correction of this fact as read (<see cref="CorrectionDto.Version"/>; "0" while there was
    /// none); a save over a newer one is refused. Null: not checked.
    /// </summary>
    public string? Version { get; set; }
}

/// <summary>What a save or removal of a correction came to: done, not found (removed meanwhile), or refused as stale (nothing stored).</summary>
public enum CorrectionChange
{
    Done,
    NotFound,
    Stale,
}

/// <summary>A product the catalog lacks, added by the board itself.</summary>
public sealed class LocalProductInput
{
    public string? Name { get; set; }

    /// <summary>A catalog category id.</summary>
    public string? Category { get; set; }

    public string? VendorKey { get; set; }

    public string? HostingProviderKey { get; set; }

    public DataLocation? DataLocation { get; set; }

    public Tri? OpenSource { get; set; }

    public List<string> Aliases { get; set; } = [];

    public string? Source { get; set; }

    public string? Reason { get; set; }

    /// <summary>The version of the product this input was made from; a change over a newer one is refused.</summary>
    public string? Version { get; set; }

    public static LocalProductInput From(LocalProductEntity p, string? version = null) => new()
    {
        Name = p.Name,
        Category = p.Category,
        VendorKey = p.VendorKey,
        HostingProviderKey = p.HostingProviderKey,
        DataLocation = p.DataLocation,
        OpenSource = p.OpenSource,
        Aliases = [.. p.Aliases],
        Source = p.Source,
        Reason = p.Reason,
        Version = version,
    };
}

/// <summary>
/// Checks, stores and deletes the board's local knowledge — its own products and its corrections of catalog facts — for
/// the catalog and parties pages and the API alike. The shipped catalog is never changed: the board sees it through
/// <see cref="KnowledgeCatalog.WithLocal(IReadOnlyList{Company}, IReadOnlyList{HostingProvider}, IReadOnlyList{Product}, IReadOnlyList{FactCorrection})"/>.
/// </summary>
public sealed class LocalKnowledgeEditor(RegieDbContext db, RegieKnowledge knowledge)
{
    private const int MaxName = 200;
    private const int MaxText = 500;

    /// <summary>The catalog as this board sees it: its own parties and products added, its corrections laid over.</summary>
    public async Task<KnowledgeCatalog> CatalogAsync(CancellationToken cancellationToken = default)
    {
        return await db.LoadBoardCatalogAsync(knowledge.Catalog, cancellationToken);
    }

    public async Task<Dictionary<string, string[]>> ValidateCorrectionAsync(CorrectionInput input, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (Blank(input.ProductId) is not { } productId)
        {
            errors[nameof(input.ProductId)] = ["Product: kies een product uit de catalogus."];
        }
        else if (!knowledge.Catalog.ProductById.ContainsKey(productId))
        {
            errors[nameof(input.ProductId)] = [$"Product: '{productId}' staat niet in de catalogus. Een eigen product past u aan op de pagina Partijen."];
        }

        if (input.Field is not { } field || !Enum.IsDefined(field))
        {
            errors[nameof(input.Field)] = ["Feit: kies leverancier, hostingpartij, hostingregio, dataopslag of open source."];
        }
        else if (Blank(input.Value) is { } value && await ValueErrorAsync(field, value, cancellationToken) is { } wrong)
        {
            errors[nameof(input.Value)] = [wrong];
        }

        if (Blank(input.Reason) is not { } reason)
        {
            errors[nameof(input.Reason)] = ["Reden: vul in waarom dit feit voor uw bestuur anders is dan in de catalogus."];
        }
        else if (reason.Length > MaxText)
        {
            errors[nameof(input.Reason)] = [$"Reden: mag hoogstens {MaxText} tekens lang zijn."];
        }

        if (input.Source?.Trim().Length > MaxText)
        {
            errors[nameof(input.Source)] = [$"Bron: mag hoogstens {MaxText} tekens lang zijn."];
        }

        return errors;
    }

    /// <summary>
    /// Stores a valid correction while the board's correction of that fact is still as at the input's version (none given:
    /// any); a later correction of the same fact replaces the board's earlier one. Null when refused as stale (nothing stored).
    /// </summary>
    public async Task<FactCorrectionEntity?> SaveCorrectionAsync(CorrectionInput input, CancellationToken cancellationToken = default)
    {
        var productId = knowledge.Catalog.ProductById[input.ProductId!.Trim()].Id;
        var field = input.Field!.Value;
        var value = await CanonicalAsync(field, Blank(input.Value), cancellationToken);
        FactCorrectionEntity? correction = null;
        var saved = await EditVersion.SaveIfUnchangedAsync(db, input.Version, () => StoredCorrectionVersionAsync(productId, field, cancellationToken), async () =>
        {
            correction = await db.FactCorrections.SingleOrDefaultAsync(c => c.ProductId == productId && c.Field == field, cancellationToken);
            if (correction is null)
            {
                correction = new FactCorrectionEntity { Id = Guid.NewGuid(), ProductId = productId, Field = field };
                db.FactCorrections.Add(correction);
            }

            correction.Value = value;
            correction.Reason = input.Reason!.Trim();
            correction.Source = Blank(input.Source);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return saved ? correction : null;
    }

    /// <summary>The version of the board's correction of one fact; <see cref="EditVersion.NotStored"/> while there is none.</summary>
    public string CorrectionVersionOf(FactCorrectionEntity? correction) => correction is null ? EditVersion.NotStored : EditVersion.Of(db, correction);

    /// <summary>The board's correction of one fact as stored now (null: none), read past the tracker.</summary>
    public Task<FactCorrectionEntity?> StoredCorrectionAsync(string productId, CorrectableFact field, CancellationToken cancellationToken = default) =>
        db.FactCorrections.AsNoTracking().SingleOrDefaultAsync(c => c.ProductId == productId && c.Field == field, cancellationToken);

    private async Task<string?> StoredCorrectionVersionAsync(string productId, CorrectableFact field, CancellationToken cancellationToken) =>
        CorrectionVersionOf(await StoredCorrectionAsync(productId, field, cancellationToken));

    public async Task<Dictionary<string, string[]>> ValidateProductAsync(LocalProductInput input, string? key, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim();
        var slug = PartyEditor.KeyOf(name);
        if (string.IsNullOrEmpty(name))
        {
            errors[nameof(input.Name)] = ["Vul een naam in."];
        }
        else if (name.Length > MaxName)
        {
            errors[nameof(input.Name)] = [$"De naam mag hoogstens {MaxName} tekens lang zijn."];
        }
        else if (FieldRules.Name("Naam", name) is { } hidden)
        {
            errors[nameof(input.Name)] = [hidden];
        }
        else if (slug is null)
        {
            errors[nameof(input.Name)] = ["Naam: gebruik minstens één letter of cijfer."];
        }
        else if (key is null && knowledge.Catalog.ProductById.TryGetValue(slug, out var inCatalog))
        {
            errors[nameof(input.Name)] = [$"Naam: '{inCatalog.Name}' staat al in de catalogus; kies dat product bij de dienst, of corrigeer daar een feit."];
        }
        else if (key is null && await db.LocalProducts.Where(p => p.Key == slug).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            errors[nameof(input.Name)] = [$"Naam: dit bestuur heeft al een eigen product '{existing}'."];
        }

        if (Blank(input.Category) is not { } category)
        {
            errors[nameof(input.Category)] = ["Categorie: kies een categorie uit de catalogus."];
        }
        else if (!knowledge.Catalog.CategoryById.ContainsKey(category))
        {
            errors[nameof(input.Category)] = [$"Categorie: '{category}' staat niet in de catalogus."];
        }

        var catalog = await CatalogAsync(cancellationToken);
        if (Blank(input.VendorKey) is { } vendor && !catalog.CompanyById.ContainsKey(vendor))
        {
            errors[nameof(input.VendorKey)] = [$"Leverancier: '{vendor}' is onbekend in de catalogus en bij dit bestuur."];
        }

        if (Blank(input.HostingProviderKey) is { } provider && !catalog.ProviderById.ContainsKey(provider))
        {
            errors[nameof(input.HostingProviderKey)] = [$"Hostingpartij: '{provider}' is onbekend in de catalogus en bij dit bestuur."];
        }

        if (input.DataLocation is { } location && !Enum.IsDefined(location))
        {
            errors[nameof(input.DataLocation)] = ["Dataopslag: kies buiten de EU, standaard in de EU, alleen in de EU of onbekend."];
        }

        if (input.OpenSource is { } open && !Enum.IsDefined(open))
        {
            errors[nameof(input.OpenSource)] = ["Open source: kies ja, nee of onbekend."];
        }

        if (input.Aliases.Any(a => a?.Trim().Length > MaxName))
        {
            errors[nameof(input.Aliases)] = [$"Andere namen: elke naam mag hoogstens {MaxName} tekens lang zijn."];
        }

        if (input.Source?.Trim().Length > MaxText)
        {
            errors[nameof(input.Source)] = [$"Bron: mag hoogstens {MaxText} tekens lang zijn."];
        }

        if (input.Reason?.Trim().Length > MaxText)
        {
            errors[nameof(input.Reason)] = [$"Reden: mag hoogstens {MaxText} tekens lang zijn."];
        }

        return errors;
    }

    /// <summary>
    /// Stores a valid input as a new product (<paramref name="product"/> null) or over the board's own while it still has the
    /// input's version (none given: any); the key never changes. Null when refused as stale (the entity then holds the stored values).
    /// </summary>
    public async Task<LocalProductEntity?> SaveProductAsync(LocalProductInput input, LocalProductEntity? product, CancellationToken cancellationToken = default)
    {
        if (product is null)
        {
            product = new LocalProductEntity { Id = Guid.NewGuid(), Key = PartyEditor.KeyOf(input.Name!.Trim())! };
            db.LocalProducts.Add(product);
            await WriteProductAsync(input, product, cancellationToken);
            return product;
        }

        var existing = product;
        return await EditVersion.SaveIfUnchangedAsync(db, existing, input.Version, () => WriteProductAsync(input, existing, cancellationToken), cancellationToken)
            ? existing : null;
    }

    /// <summary>The version of one of the board's own products, which an edit carries.</summary>
    public string VersionOf(LocalProductEntity product) => EditVersion.Of(db, product);

    private async Task WriteProductAsync(LocalProductInput input, LocalProductEntity product, CancellationToken cancellationToken)
    {
        var name = input.Name!.Trim();
        var catalog = await CatalogAsync(cancellationToken);
        product.Name = name;
        product.Category = knowledge.Catalog.CategoryById[input.Category!.Trim()].Id;
        product.VendorKey = Blank(input.VendorKey) is { } vendor ? catalog.CompanyById[vendor].Id : null;
        product.HostingProviderKey = Blank(input.HostingProviderKey) is { } provider ? catalog.ProviderById[provider].Id : null;
        product.DataLocation = input.DataLocation ?? DataLocation.Unknown;
        product.OpenSource = input.OpenSource ?? Tri.Unknown;
        product.Aliases = [.. input.Aliases.Select(Blank).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
        product.Source = Blank(input.Source);
        product.Reason = Blank(input.Reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Why the product cannot be deleted (the services that use it), or null when nothing uses it.</summary>
    public async Task<string?> ProductInUseAsync(string key, CancellationToken cancellationToken = default)
    {
        var services = await db.Services.Where(s => s.CatalogProductId == key).Select(s => s.Name).ToListAsync(cancellationToken);
        return services.Count == 0 ? null
            : $"Dit product is nog in gebruik en is niet verwijderd: {(services.Count == 1 ? "dienst" : "diensten")} {string.Join(", ", services.Order(StringComparer.CurrentCultureIgnoreCase))}. Kies daar eerst een ander product.";
    }

    private async Task<string?> ValueErrorAsync(CorrectableFact field, string value, CancellationToken cancellationToken) => field switch
    {
        CorrectableFact.Vendor when !(await CatalogAsync(cancellationToken)).CompanyById.ContainsKey(value) =>
            $"Waarde: leverancier '{value}' is onbekend in de catalogus en bij dit bestuur.",
        CorrectableFact.HostingProvider when !(await CatalogAsync(cancellationToken)).ProviderById.ContainsKey(value) =>
            $"Waarde: hostingpartij '{value}' is onbekend in de catalogus en bij dit bestuur.",
        CorrectableFact.HostingRegion when value.Length > MaxName => $"Waarde: een hostingregio mag hoogstens {MaxName} tekens lang zijn.",
        CorrectableFact.DataLocation when !Enum.TryParse<DataLocation>(value, true, out var l) || !Enum.IsDefined(l) || int.TryParse(value, out _) =>
            "Waarde: kies voor dataopslag OutsideEu, EuDefault, EuOnly of laat leeg voor onbekend.",
        CorrectableFact.OpenSource when !Enum.TryParse<Tri>(value, true, out var t) || !Enum.IsDefined(t) || int.TryParse(value, out _) =>
            "Waarde: kies voor open source Yes, No of laat leeg voor onbekend.",
        _ => null,
    };

    /// <summary>The value as the catalog spells it: a key in its own case, an enum by its name.</summary>
    private async Task<string?> CanonicalAsync(CorrectableFact field, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return null;
        }

        return field switch
        {
            CorrectableFact.Vendor => (await CatalogAsync(cancellationToken)).CompanyById[value].Id,
            CorrectableFact.HostingProvider => (await CatalogAsync(cancellationToken)).ProviderById[value].Id,
            CorrectableFact.DataLocation => Enum.Parse<DataLocation>(value, true) is var l && l == DataLocation.Unknown ? null : l.ToString(),
            CorrectableFact.OpenSource => Enum.Parse<Tri>(value, true) is var t && t == Tri.Unknown ? null : t.ToString(),
            _ => value,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Deletes one of the board's own products, unless a service still uses it.</summary>
    /// <remarks>Only while it is still at <paramref name="expectedVersion"/> (<see cref="VersionOf"/>; null: any), else <see cref="Deletion.Stale"/>.</remarks>
    public async Task<Deletion> DeleteProductAsync(string key, string? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (await db.LocalProducts.SingleOrDefaultAsync(p => p.Key == key, cancellationToken) is not { } product)
        {
            return Deletion.NotFound;
        }

        if (await ProductInUseAsync(key, cancellationToken) is { } refusal)
        {
            return Deletion.Refused(refusal);
        }

        return await EditVersion.DeleteIfUnchangedAsync(db, product, expectedVersion, cancellationToken);
    }

    public Task<LocalProductEntity?> ProductAsync(string key, CancellationToken cancellationToken = default) =>
        db.LocalProducts.SingleOrDefaultAsync(p => p.Key == key, cancellationToken);

    /// <summary>
    /// Removes one of the board's corrections (of <paramref name="productId"/> when given) while it is still as at
    /// <paramref name="expectedVersion"/> (null: any); not found when there is none (also when removed meanwhile).
    /// </summary>
    public async Task<CorrectionChange> DeleteCorrectionAsync(
        Guid id, string? productId = null, string? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var correction = await db.FactCorrections.SingleOrDefaultAsync(c => c.Id == id && (productId == null || c.ProductId == productId), cancellationToken);
        if (correction is null)
        {
            return CorrectionChange.NotFound;
        }

        var removed = await EditVersion.SaveIfUnchangedAsync(db, correction, expectedVersion, async () =>
        {
            db.FactCorrections.Remove(correction);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return removed ? CorrectionChange.Done
            : db.Entry(correction).State == EntityState.Detached ? CorrectionChange.NotFound : CorrectionChange.Stale;
    }
}
