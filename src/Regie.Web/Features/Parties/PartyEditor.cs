using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Shared;

namespace Regie.Web.Features.Parties;

/// <summary>A vendor or parent company the board adds itself, from the web form or the API.</summary>
public sealed class CompanyInput
{
    public string? Name { get; set; }

    /// <summary>An ISO code of a catalog country, e.g. "NL"; null or empty when unknown.</summary>
    public string? Country { get; set; }

    /// <summary>A company key (catalog or the board's own), "none" when this is the ultimate parent, null or empty when unknown.</summary>
    public string? ParentKey { get; set; }

    /// <summary>Where the facts come from, e.g. "KvK-uittreksel 2026" or a URL.</summary>
    public string? Source { get; set; }

    /// <summary>The version of the company this input was made from; a change over a newer one is refused.</summary>
    public string? Version { get; set; }

    public static CompanyInput From(LocalCompanyEntity c, string? version = null) =>
        new() { Name = c.Name, Country = c.Country, ParentKey = c.ParentKey, Source = c.Source, Version = version };
}

/// <summary>A hosting provider the board adds itself.</summary>
public sealed class ProviderInput
{
    public string? Name { get; set; }

    /// <summary>The company (catalog or the board's own) that owns the provider; null or empty when unknown.</summary>
    public string? CompanyKey { get; set; }

    public ProviderKind? Kind { get; set; }

    /// <summary>The version of the provider this input was made from; a change over a newer one is refused.</summary>
    public string? Version { get; set; }

    public static ProviderInput From(LocalProviderEntity p, string? version = null) =>
        new() { Name = p.Name, CompanyKey = p.CompanyKey, Kind = p.Kind, Version = version };
}

/// <summary>
/// Checks, stores and deletes the board's own companies and hosting providers for the parties page and the API alike:
/// the same rules and plain Dutch messages naming the field (keyed by the input's property), and nothing saved when any rule fails.
/// A key is derived from the name once, at creation, and never changes: services and other parties refer to it.
/// </summary>
public sealed class PartyEditor(RegieDbContext db, RegieKnowledge knowledge)
{
    private const int MaxName = 200;
    private const int MaxSource = 500;

    // "none" and "unknown" stand for "no parent" and "not known" in parent and owner fields (data/catalog/SCHEMA.md).
    private static readonly string[] Reserved = [Company.NoParent, "unknown"];

    /// <summary>The catalog as the board sees it, as the score does.</summary>
    public async Task<KnowledgeCatalog> CatalogAsync(CancellationToken cancellationToken = default)
    {
        return await db.LoadBoardCatalogAsync(knowledge.Catalog, cancellationToken);
    }

    /// <summary>Errors for a new company (<paramref name="key"/> null) or a change to the board's company with that key.</summary>
    public async Task<Dictionary<string, string[]>> ValidateCompanyAsync(CompanyInput input, string? key, CancellationToken cancellationToken = default)
    {
        var errors = new Errors();
        var catalog = await CatalogAsync(cancellationToken);
        var name = input.Name?.Trim();
        var ownKey = key;
        if (await CheckNameAsync(errors, name, key, Noun.Company, slug => knowledge.Catalog.CompanyById.GetValueOrDefault(slug)?.Name,
                slug => db.LocalCompanies.Where(c => c.Key == slug).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)) is { } slug)
        {
            ownKey ??= slug;
        }

        if (Blank(input.Country) is { } code && !knowledge.Catalog.CountryByCode.ContainsKey(code))
        {
            errors.Add(nameof(input.Country), $"Land: '{code}' staat niet in de landenlijst van de catalogus. Kies een land of 'onbekend'.");
        }

        if (Blank(input.ParentKey) is { } parent && !string.Equals(parent, Company.NoParent, StringComparison.OrdinalIgnoreCase))
        {
            if (!catalog.CompanyById.ContainsKey(parent))
            {
                errors.Add(nameof(input.ParentKey), $"Moederbedrijf: '{parent}' is onbekend in de catalogus en bij dit bestuur.");
            }
            else if (ownKey is not null && Loop(catalog, ownKey, name ?? ownKey, parent) is { } loop)
            {
                errors.Add(nameof(input.ParentKey), $"Dit moederbedrijf maakt een kring: {loop}. Een bedrijf kan niet (via andere bedrijven) zijn eigen moederbedrijf zijn.");
            }
        }

        if (input.Source?.Trim().Length > MaxSource)
        {
            errors.Add(nameof(input.Source), $"Bron: mag hoogstens {MaxSource} tekens lang zijn.");
        }

        return errors.ToDictionary();
    }

    /// <summary>The version of one of the board's own parties, which an edit carries.</summary>
    public string VersionOf(object party) => EditVersion.Of(db, party);

    /// <summary>
    /// Stores a valid input as a new company (<paramref name="company"/> null) or over the board's existing one while it still
    /// has the input's version (none given: any); null when refused as stale (the entity then holds the stored values).
    /// </summary>
    public async Task<LocalCompanyEntity?> SaveCompanyAsync(CompanyInput input, LocalCompanyEntity? company, CancellationToken cancellationToken = default)
    {
        if (company is null)
        {
            company = new LocalCompanyEntity { Id = Guid.NewGuid(), Key = KeyOf(input.Name!.Trim())! };
            db.LocalCompanies.Add(company);
            await WriteCompanyAsync(input, company, cancellationToken);
            return company;
        }

        var existing = company;
        return await EditVersion.SaveIfUnchangedAsync(db, existing, input.Version, () => WriteCompanyAsync(input, existing, cancellationToken), cancellationToken)
            ? existing : null;
    }

    private async Task WriteCompanyAsync(CompanyInput input, LocalCompanyEntity company, CancellationToken cancellationToken)
    {
        var name = input.Name!.Trim();
        var catalog = await CatalogAsync(cancellationToken);
        company.Name = name;
        company.Country = Blank(input.Country) is { } code ? knowledge.Catalog.CountryByCode[code].Code : null;
        company.ParentKey = Blank(input.ParentKey) switch
        {
            null => null,
            var p when string.Equals(p, Company.NoParent, StringComparison.OrdinalIgnoreCase) => Company.NoParent,
            var p => catalog.CompanyById[p].Id,
        };
        company.Source = Blank(input.Source);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes one of the board's own companies, unless a service, company or provider still uses it.</summary>
    /// <remarks>Only while it is still at <paramref name="expectedVersion"/> (<see cref="VersionOf"/>; null: any), else <see cref="Deletion.Stale"/>.</remarks>
    public async Task<Deletion> DeleteCompanyAsync(string key, string? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (await db.LocalCompanies.SingleOrDefaultAsync(c => c.Key == key, cancellationToken) is not { } company)
        {
            return Deletion.NotFound;
        }

        if (await CompanyInUseAsync(key, cancellationToken) is { } refusal)
        {
            return Deletion.Refused(refusal);
        }

        return await EditVersion.DeleteIfUnchangedAsync(db, company, expectedVersion, cancellationToken);
    }

    /// <summary>Deletes one of the board's own hosting providers, unless a service is still hosted there.</summary>
    /// <remarks>Only while it is still at <paramref name="expectedVersion"/> (<see cref="VersionOf"/>; null: any), else <see cref="Deletion.Stale"/>.</remarks>
    public async Task<Deletion> DeleteProviderAsync(string key, string? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (await db.LocalProviders.SingleOrDefaultAsync(p => p.Key == key, cancellationToken) is not { } provider)
        {
            return Deletion.NotFound;
        }

        if (await ProviderInUseAsync(key, cancellationToken) is { } refusal)
        {
            return Deletion.Refused(refusal);
        }

        return await EditVersion.DeleteIfUnchangedAsync(db, provider, expectedVersion, cancellationToken);
    }

    public Task<LocalCompanyEntity?> CompanyAsync(string key, CancellationToken cancellationToken = default) =>
        db.LocalCompanies.SingleOrDefaultAsync(c => c.Key == key, cancellationToken);

    public Task<LocalProviderEntity?> ProviderAsync(string key, CancellationToken cancellationToken = default) =>
        db.LocalProviders.SingleOrDefaultAsync(p => p.Key == key, cancellationToken);

    /// <summary>Why the company cannot be deleted (the services and parties that use it), or null when nothing uses it.</summary>
    public async Task<string?> CompanyInUseAsync(string key, CancellationToken cancellationToken = default)
    {
        var services = await db.Services.Where(s => s.VendorId == key).Select(s => s.Name).ToListAsync(cancellationToken);
        var children = await db.LocalCompanies.Where(c => c.ParentKey == key).Select(c => c.Name).ToListAsync(cancellationToken);
        var providers = await db.LocalProviders.Where(p => p.CompanyKey == key).Select(p => p.Name).ToListAsync(cancellationToken);
        var uses = new List<string>();
        if (services.Count > 0)
        {
            uses.Add($"leverancier van {List(services, "dienst", "diensten")}");
        }

        if (children.Count > 0)
        {
            uses.Add($"moederbedrijf van {List(children, "bedrijf", "bedrijven")}");
        }

        if (providers.Count > 0)
        {
            uses.Add($"eigenaar van {List(providers, "hostingpartij", "hostingpartijen")}");
        }

        return uses.Count == 0 ? null : $"Dit bedrijf is nog in gebruik en is niet verwijderd: {string.Join("; ", uses)}. Kies daar eerst een ander bedrijf.";
    }

    /// <summary>Errors for a new provider (<paramref name="key"/> null) or a change to the board's provider with that key.</summary>
    public async Task<Dictionary<string, string[]>> ValidateProviderAsync(ProviderInput input, string? key, CancellationToken cancellationToken = default)
    {
        var errors = new Errors();
        await CheckNameAsync(errors, input.Name?.Trim(), key, Noun.Provider, slug => knowledge.Catalog.ProviderById.GetValueOrDefault(slug)?.Name.Nl,
            slug => db.LocalProviders.Where(p => p.Key == slug).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken));

        if (Blank(input.CompanyKey) is { } owner && !(await CatalogAsync(cancellationToken)).CompanyById.ContainsKey(owner))
        {
            errors.Add(nameof(input.CompanyKey), $"Eigenaar: '{owner}' is onbekend in de catalogus en bij dit bestuur.");
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Soort: kies hyperscaler, cloud, datacentrum, sectorvoorziening of eigen beheer.");
        }

        return errors.ToDictionary();
    }

    /// <summary>As <see cref="SaveCompanyAsync"/>, for a hosting provider: null when refused as stale.</summary>
    public async Task<LocalProviderEntity?> SaveProviderAsync(ProviderInput input, LocalProviderEntity? provider, CancellationToken cancellationToken = default)
    {
        if (provider is null)
        {
            provider = new LocalProviderEntity { Id = Guid.NewGuid(), Key = KeyOf(input.Name!.Trim())! };
            db.LocalProviders.Add(provider);
            await WriteProviderAsync(input, provider, cancellationToken);
            return provider;
        }

        var existing = provider;
        return await EditVersion.SaveIfUnchangedAsync(db, existing, input.Version, () => WriteProviderAsync(input, existing, cancellationToken), cancellationToken)
            ? existing : null;
    }

    private async Task WriteProviderAsync(ProviderInput input, LocalProviderEntity provider, CancellationToken cancellationToken)
    {
        provider.Name = input.Name!.Trim();
        provider.CompanyKey = Blank(input.CompanyKey) is { } owner ? (await CatalogAsync(cancellationToken)).CompanyById[owner].Id : null;
        provider.Kind = input.Kind!.Value;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Why the provider cannot be deleted (the services hosted there), or null when nothing uses it.</summary>
    public async Task<string?> ProviderInUseAsync(string key, CancellationToken cancellationToken = default)
    {
        var services = await db.Services.Where(s => s.HostingProviderId == key).Select(s => s.Name).ToListAsync(cancellationToken);
        return services.Count == 0 ? null
            : $"Deze hostingpartij is nog in gebruik en is niet verwijderd: {List(services, "dienst", "diensten")} {(services.Count == 1 ? "wordt" : "worden")} er gehost. Kies daar eerst een andere hostingpartij.";
    }

    /// <summary>The key for a name, in the catalog's id form (see <see cref="PartyKey.Of"/>).</summary>
    public static string? KeyOf(string? name) => PartyKey.Of(name);

    /// <summary>Checks the name and its key; returns the key it would get when the name is usable.</summary>
    private static async Task<string?> CheckNameAsync(
        Errors errors, string? name, string? key, Noun noun, Func<string, string?> catalogName, Func<string, Task<string?>> ownWithKey)
    {
        const string field = nameof(CompanyInput.Name);
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(field, "Vul een naam in.");
            return null;
        }

        if (name.Length > MaxName)
        {
            errors.Add(field, $"De naam mag hoogstens {MaxName} tekens lang zijn.");
            return null;
        }

        if (FieldRules.Name("Naam", name) is { } hidden)
        {
            errors.Add(field, hidden);
            return null;
        }

        var slug = KeyOf(name);
        if (slug is null)
        {
            errors.Add(field, "Naam: gebruik minstens één letter of cijfer.");
            return null;
        }

        // A party whose name still gives its own key needs no further check (older keys may match a catalog id on purpose).
        if (slug == key)
        {
            return slug;
        }

        if (Reserved.Contains(slug))
        {
            errors.Add(field, $"Naam: '{name}' betekent in Regie 'geen' of 'onbekend'; vul de naam van {noun.The} in.");
        }
        else if (catalogName(slug) is { } inCatalog)
        {
            errors.Add(field, $"Naam: '{inCatalog}' staat al in de catalogus; kies {noun.That} bij de dienst in plaats van een eigen {noun.Word} toe te voegen.");
        }
        else if (await ownWithKey(slug) is { } existing)
        {
            errors.Add(field, $"Naam: dit bestuur heeft al een eigen {noun.Word} '{existing}'.");
        }
        else
        {
            return slug;
        }

        return null;
    }

    /// <summary>"A → B → A" when giving <paramref name="key"/> the parent <paramref name="parent"/> leads back to it, else null.</summary>
    private static string? Loop(KnowledgeCatalog catalog, string key, string name, string parent)
    {
        var path = new List<string> { name };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? id = parent;
        while (id is not null && seen.Add(id))
        {
            if (string.Equals(id, key, StringComparison.OrdinalIgnoreCase))
            {
                path.Add(name);
                return string.Join(" → ", path);
            }

            if (!catalog.CompanyById.TryGetValue(id, out var company) || company.IsUltimate)
            {
                return null;
            }

            path.Add(company.Name);
            id = company.Parent.Value;
        }

        return null;
    }

    private static string List(List<string> names, string one, string many) =>
        $"{(names.Count == 1 ? one : many)} {string.Join(", ", names.Order(StringComparer.CurrentCultureIgnoreCase))}";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record Noun(string Word, string The, string That)
    {
        public static readonly Noun Company = new("bedrijf", "het bedrijf", "dat bedrijf");
        public static readonly Noun Provider = new("hostingpartij", "de hostingpartij", "die hostingpartij");
    }

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> errors = [];

        public void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
