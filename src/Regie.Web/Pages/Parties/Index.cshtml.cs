using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.Catalog;
using Regie.Web.Features.LocalKnowledge;
using Regie.Web.Features.Parties;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Parties;

/// <summary>
/// The vendors, parent companies and hosting providers the board adds itself because the catalog lacks them, with the
/// catalog's own for reference. Adding, changing and deleting follow <see cref="PartyEditor"/>, the same rules as the API.
/// </summary>
public sealed class IndexModel(RegieDbContext db, PartyEditor editor, RegieKnowledge knowledge, UiText text) : PageModel
{
    [BindProperty] public CompanyInput Company { get; set; } = new();
    [BindProperty] public ProviderInput Provider { get; set; } = new();
    [BindProperty] public LocalProductInput Product { get; set; } = new();

    /// <summary>The product's other names, comma separated.</summary>
    [BindProperty] public string? AliasesText { get; set; }

    /// <summary>The key of the board's product in the edit form; null when the form adds a new one.</summary>
    public string? ProductKey { get; private set; }
    public IReadOnlyList<LocalProductEntity> OwnProducts { get; private set; } = [];
    public IReadOnlyList<Category> Categories { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    /// <summary>The key of the board's company or provider in the edit form; null when the form adds a new one.</summary>
    public string? CompanyKey { get; private set; }
    public string? ProviderKey { get; private set; }

    /// <summary>The catalog with the board's own parties merged in: what the score and the chains below are computed from.</summary>
    public KnowledgeCatalog Catalog { get; private set; } = null!;
    public IReadOnlyList<LocalCompanyEntity> OwnCompanies { get; private set; } = [];
    public IReadOnlyList<LocalProviderEntity> OwnProviders { get; private set; } = [];
    public IReadOnlyList<Company> CatalogCompanies { get; private set; } = [];
    public IReadOnlyList<HostingProvider> CatalogProviders { get; private set; } = [];
    public IReadOnlyList<Country> Countries { get; private set; } = [];

    public static IReadOnlyList<ProviderKind> Kinds { get; } = Enum.GetValues<ProviderKind>();

    public async Task<IActionResult> OnGetAsync(string? company, string? provider, string? product, CancellationToken cancellationToken)
    {
        if (product is not null)
        {
            if (await db.LocalProducts.AsNoTracking().SingleOrDefaultAsync(p => p.Key == product, cancellationToken) is not { } entity)
            {
                return NotFound();
            }

            (ProductKey, Product, AliasesText) = (entity.Key, LocalProductInput.From(entity, EditVersion.Of(db, entity)), string.Join(", ", entity.Aliases));
        }

        if (company is not null)
        {
            if (await db.LocalCompanies.AsNoTracking().SingleOrDefaultAsync(c => c.Key == company, cancellationToken) is not { } entity)
            {
                return NotFound();
            }

            (CompanyKey, Company) = (entity.Key, CompanyInput.From(entity, editor.VersionOf(entity)));
        }

        if (provider is not null)
        {
            if (await db.LocalProviders.AsNoTracking().SingleOrDefaultAsync(p => p.Key == provider, cancellationToken) is not { } entity)
            {
                return NotFound();
            }

            (ProviderKey, Provider) = (entity.Key, ProviderInput.From(entity, editor.VersionOf(entity)));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Adds a company (no key) or changes the board's company with that key.</summary>
    public async Task<IActionResult> OnPostCompanyAsync(string? key, CancellationToken cancellationToken)
    {
        LocalCompanyEntity? existing = null;
        if (key is not null && (existing = await db.LocalCompanies.SingleOrDefaultAsync(c => c.Key == key, cancellationToken)) is null)
        {
            return NotFound();
        }

        CompanyKey = key;
        foreach (var (field, messages) in await editor.ValidateCompanyAsync(Company, key, cancellationToken))
        {
            AddErrors($"{nameof(Company)}.{field}", messages);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (await editor.SaveCompanyAsync(Company, existing, cancellationToken) is null)
        {
            // Someone else saved it first: the form shows what is stored now, not what was posted.
            ModelState.Clear();
            Company = CompanyInput.From(existing!, editor.VersionOf(existing!));
            ModelState.AddModelError(nameof(Company), await EditVersion.StaleMessageAsync(db, text, "deze partij", nameof(LocalCompanyEntity), existing!.Id.ToString(), cancellationToken));
            return await ConflictAsync(cancellationToken);
        }

        Message = text["Opgeslagen."];
        return Redirect("/parties#bedrijven");
    }

    /// <summary>Deletes the company as shown (<paramref name="version"/>; without one whatever is stored): a delete after someone's change is refused.</summary>
    public async Task<IActionResult> OnPostDeleteCompanyAsync(string key, string? version, CancellationToken cancellationToken)
    {
        var deletion = await editor.DeleteCompanyAsync(key, Given(version), cancellationToken);
        if (deletion.Outcome == DeletionOutcome.NotFound)
        {
            return NotFound();
        }

        if (deletion.Outcome is DeletionOutcome.Refused or DeletionOutcome.Stale && await editor.CompanyAsync(key, cancellationToken) is { } entity)
        {
            (CompanyKey, Company) = (key, CompanyInput.From(entity, editor.VersionOf(entity)));
            if (deletion.Outcome == DeletionOutcome.Stale)
            {
                ModelState.AddModelError(nameof(Company), await EditVersion.StaleDeleteMessageAsync(db, text, "dit eigen bedrijf", nameof(LocalCompanyEntity), entity.Id.ToString(), cancellationToken));
                return await ConflictAsync(cancellationToken);
            }

            ModelState.AddModelError(nameof(Company), deletion.Refusal!);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = text["Verwijderd."];
        return Redirect("/parties#bedrijven");
    }

    /// <summary>Adds a hosting provider (no key) or changes the board's provider with that key.</summary>
    public async Task<IActionResult> OnPostProviderAsync(string? key, CancellationToken cancellationToken)
    {
        LocalProviderEntity? existing = null;
        if (key is not null && (existing = await db.LocalProviders.SingleOrDefaultAsync(p => p.Key == key, cancellationToken)) is null)
        {
            return NotFound();
        }

        ProviderKey = key;
        // The select offers only known kinds; a hand-made request gets the editor's message instead of the framework's English.
        ModelState.Remove($"{nameof(Provider)}.{nameof(Provider.Kind)}");
        foreach (var (field, messages) in await editor.ValidateProviderAsync(Provider, key, cancellationToken))
        {
            AddErrors($"{nameof(Provider)}.{field}", messages);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (await editor.SaveProviderAsync(Provider, existing, cancellationToken) is null)
        {
            ModelState.Clear();
            Provider = ProviderInput.From(existing!, editor.VersionOf(existing!));
            ModelState.AddModelError(nameof(Provider), await EditVersion.StaleMessageAsync(db, text, "deze partij", nameof(LocalProviderEntity), existing!.Id.ToString(), cancellationToken));
            return await ConflictAsync(cancellationToken);
        }

        Message = text["Opgeslagen."];
        return Redirect("/parties#hostingpartijen");
    }

    private async Task<IActionResult> ConflictAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var page = Page();
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    /// <summary>Deletes the provider as shown (<paramref name="version"/>; without one whatever is stored): a delete after someone's change is refused.</summary>
    public async Task<IActionResult> OnPostDeleteProviderAsync(string key, string? version, CancellationToken cancellationToken)
    {
        var deletion = await editor.DeleteProviderAsync(key, Given(version), cancellationToken);
        if (deletion.Outcome == DeletionOutcome.NotFound)
        {
            return NotFound();
        }

        if (deletion.Outcome is DeletionOutcome.Refused or DeletionOutcome.Stale && await editor.ProviderAsync(key, cancellationToken) is { } entity)
        {
            (ProviderKey, Provider) = (key, ProviderInput.From(entity, editor.VersionOf(entity)));
            if (deletion.Outcome == DeletionOutcome.Stale)
            {
                ModelState.AddModelError(nameof(Provider), await EditVersion.StaleDeleteMessageAsync(db, text, "deze eigen hostingpartij", nameof(LocalProviderEntity), entity.Id.ToString(), cancellationToken));
                return await ConflictAsync(cancellationToken);
            }

            ModelState.AddModelError(nameof(Provider), deletion.Refusal!);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = text["Verwijderd."];
        return Redirect("/parties#hostingpartijen");
    }

    /// <summary>Adds a product (no key) or changes the board's product with that key.</summary>
    public async Task<IActionResult> OnPostProductAsync(string? key, CancellationToken cancellationToken)
    {
        LocalProductEntity? existing = null;
        if (key is not null && (existing = await db.LocalProducts.SingleOrDefaultAsync(p => p.Key == key, cancellationToken)) is null)
        {
            return NotFound();
        }

        ProductKey = key;
        // The selects offer only known values; a hand-made request gets the editor's message instead of the framework's English.
        ModelState.Remove($"{nameof(Product)}.{nameof(Product.DataLocation)}");
        ModelState.Remove($"{nameof(Product)}.{nameof(Product.OpenSource)}");
        Product.Aliases = [.. (AliasesText ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        var products = new LocalKnowledgeEditor(db, knowledge);
        foreach (var (field, messages) in await products.ValidateProductAsync(Product, key, cancellationToken))
        {
            AddErrors($"{nameof(Product)}.{field}", messages);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (await products.SaveProductAsync(Product, existing, cancellationToken) is null)
        {
            ModelState.Clear();
            (Product, AliasesText) = (LocalProductInput.From(existing!, products.VersionOf(existing!)), string.Join(", ", existing!.Aliases));
            ModelState.AddModelError(nameof(Product), await EditVersion.StaleMessageAsync(db, text, "dit product", nameof(LocalProductEntity), existing.Id.ToString(), cancellationToken));
            return await ConflictAsync(cancellationToken);
        }

        Message = text["Opgeslagen."];
        return Redirect("/parties#producten");
    }

    /// <summary>Deletes the product as shown (<paramref name="version"/>; without one whatever is stored): a delete after someone's change is refused.</summary>
    public async Task<IActionResult> OnPostDeleteProductAsync(string key, string? version, CancellationToken cancellationToken)
    {
        var products = new LocalKnowledgeEditor(db, knowledge);
        var deletion = await products.DeleteProductAsync(key, Given(version), cancellationToken);
        if (deletion.Outcome == DeletionOutcome.NotFound)
        {
            return NotFound();
        }

        if (deletion.Outcome is DeletionOutcome.Refused or DeletionOutcome.Stale && await products.ProductAsync(key, cancellationToken) is { } entity)
        {
            (ProductKey, Product, AliasesText) = (key, LocalProductInput.From(entity, products.VersionOf(entity)), string.Join(", ", entity.Aliases));
            if (deletion.Outcome == DeletionOutcome.Stale)
            {
                ModelState.AddModelError(nameof(Product), await EditVersion.StaleDeleteMessageAsync(db, text, "dit eigen product", nameof(LocalProductEntity), entity.Id.ToString(), cancellationToken));
                return await ConflictAsync(cancellationToken);
            }

            ModelState.AddModelError(nameof(Product), deletion.Refusal!);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = text["Verwijderd."];
        return Redirect("/parties#producten");
    }

    // A hidden field left empty (a form from before versions) checks nothing.
    private static string? Given(string? version) => string.IsNullOrWhiteSpace(version) ? null : version;

    public string ProviderName(string? key) =>
        key is null ? text["onbekend"] : CatalogTexts.ProviderName(Catalog, key, text);

    public OwnershipChain ChainOf(string key) => OwnershipChain.Resolve(Catalog, key);

    public KnownControl ControlOf(string key) => Jurisdiction.AsFarAsKnown(Catalog, ChainOf(key));

    /// <summary>"Verenigde Staten (buiten de EU)"; a parent that is not known says so beside the country that is, never "buiten de EU" for want of it.</summary>
    public string ControlText(KnownControl control)
    {
        var country = control.Country is { } c ? $"{c.Name.In(text.Language)} ({text[c.InEuEea ? "EU/EER" : "buiten de EU"]})" : text["onbekend"];
        return control.ParentKnown || control.Country is null ? country : text["moederbedrijf onbekend; wel bekend: {0}", country];
    }

    public string CountryName(string? code) =>
        code is not null && Catalog.CountryByCode.TryGetValue(code, out var country) ? $"{country.Name.In(text.Language)} ({country.Code})" : text["onbekend"];

    public string CompanyName(string? key) => key switch
    {
        null => text["onbekend"],
        Regie.Core.Catalog.Company.NoParent => text["geen"],
        _ => Catalog.CompanyById.GetValueOrDefault(key)?.Name ?? key,
    };

    /// <summary>The errors of one form: "Company" or "Provider", with their fields.</summary>
    public IReadOnlyList<(string Key, string Message)> ErrorsOf(string form) =>
        [.. ModelState.Where(e => e.Key == form || e.Key.StartsWith(form + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage)))];

    private void AddErrors(string key, IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            ModelState.AddModelError(key, message);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Catalog = await editor.CatalogAsync(cancellationToken);
        var byName = StringComparer.Create(text.Culture, ignoreCase: true);
        OwnCompanies = [.. (await db.LocalCompanies.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(c => c.Name, byName)];
        OwnProviders = [.. (await db.LocalProviders.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(p => p.Name, byName)];
        CatalogCompanies = [.. Catalog.Companies.Where(c => !c.IsLocal).OrderBy(c => c.Name, byName)];
        CatalogProviders = [.. Catalog.Providers.Where(p => !p.IsLocal).OrderBy(p => p.NameIn(text.Language), byName)];
        Countries = [.. Catalog.Countries.OrderBy(c => c.Name.In(text.Language), byName)];
        OwnProducts = [.. (await db.LocalProducts.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(p => p.Name, byName)];
        Categories = [.. Catalog.Categories.OrderBy(c => c.Name.In(text.Language), byName)];
    }
}
