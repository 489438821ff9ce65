using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

/// <summary>
/// What the create and edit screens share: the form's fields, its choice lists and the round trip through
/// <see cref="ServiceEditor"/>, so both screens apply the same rules and messages as the API.
/// </summary>
public abstract class ServiceFormModel(RegieDbContext db, RegieKnowledge knowledge, ServiceEditor editor, UiText text) : PageModel
{
    [BindProperty] public ServiceInput Input { get; set; } = new();

    /// <summary>Comma-separated, e.g. "csv, odt".</summary>
    [BindProperty] public string? ExportFormatsText { get; set; }

    /// <summary>"" (as in the catalog), "provider:{id}" or "service:{guid}".</summary>
    [BindProperty] public string? HostedOn { get; set; }

    [TempData] public string? Message { get; set; }

    /// <summary>Set when the save was refused because someone else saved the service first; the form then shows the current values.</summary>
    public string? Stale { get; private set; }

    protected RegieDbContext Db => db;
    protected RegieKnowledge Knowledge => knowledge;
    protected ServiceEditor Editor => editor;

    public Guid? ServiceId { get; protected set; }
    public IReadOnlyList<Product> Products { get; private set; } = [];
    public IReadOnlyList<ProcessEntity> Processes { get; private set; } = [];
    public IReadOnlyList<DataCategory> DataCategories => knowledge.DataCategories;
    public IReadOnlyList<(Guid Id, string Name)> OtherServices { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Providers { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Companies { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var localProducts = await db.LocalProducts.AsNoTracking().ToListAsync(cancellationToken);
        Products = [.. knowledge.Catalog.Products.Concat(localProducts.Select(LandscapeQueries.ToCore)).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)];
        Processes = [.. (await db.Processes.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(p => p.Kind).ThenByDescending(p => p.Criticality).ThenBy(p => p.NameNl)];
        OtherServices = [.. (await db.Services.AsNoTracking().Where(s => s.Id != ServiceId).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).Select(s => (s.Id, s.Name))];
        var localProviders = await db.LocalProviders.AsNoTracking().ToListAsync(cancellationToken);
        Providers = [.. knowledge.Catalog.Providers.Where(p => localProviders.All(l => l.Key != p.Id)).Select(p => (p.Id, p.NameIn(text.Language)))
            .Concat(localProviders.Select(p => (p.Key, p.Name))).OrderBy(p => p.Item2, StringComparer.CurrentCultureIgnoreCase)];
        var localCompanies = await db.LocalCompanies.AsNoTracking().ToListAsync(cancellationToken);
        Companies = [.. knowledge.Catalog.Companies.Where(c => localCompanies.All(l => l.Key != c.Id)).Select(c => (c.Id, c.Name))
            .Concat(localCompanies.Select(c => (c.Key, c.Name))).OrderBy(c => c.Item2, StringComparer.CurrentCultureIgnoreCase)];
    }

    protected void ShowInForm(ServiceInput input)
    {
        Input = input;
        ExportFormatsText = string.Join(", ", input.ExportFormats);
        HostedOn = input.HostedOnService is { } s ? $"service:{s}" : input.HostingProviderId is { } p ? $"provider:{p}" : "";
    }

    /// <summary>Validates and saves; on any error nothing is stored and the form comes back with messages that name the field.</summary>
    protected async Task<IActionResult> SaveAsync(ServiceEntity? existing, CancellationToken cancellationToken)
    {
        Input.ExportFormats = [.. (ExportFormatsText ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        Input.HostedOnService = HostedOn?.StartsWith("service:", StringComparison.Ordinal) == true && Guid.TryParse(HostedOn["service:".Length..], out var sid) ? sid : null;
        Input.HostingProviderId = HostedOn?.StartsWith("provider:", StringComparison.Ordinal) == true ? HostedOn["provider:".Length..] : null;

        // The browser's number field already refuses text; a hand-made request gets the same message as a negative number.
        ReplaceBindingError($"{nameof(Input)}.{nameof(Input.Pupils)}", "Aantal leerlingen moet een heel getal van 0 of meer zijn.");
        ReplaceBindingError($"{nameof(Input)}.{nameof(Input.Staff)}", "Aantal medewerkers moet een heel getal van 0 of meer zijn.");
        foreach (var (field, messages) in await editor.ValidateAsync(Input, ServiceId is { } id ? new Core.Landscape.ServiceId(id) : null, cancellationToken))
        {
            var key = field is nameof(ServiceInput.HostedOnService) or nameof(ServiceInput.HostingProviderId) ? nameof(HostedOn) : $"{nameof(Input)}.{field}";
            foreach (var message in messages)
            {
                ModelState.AddModelError(key, message);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var saving = await editor.SaveAsync(Input, existing, cancellationToken);
        if (saving.Stale)
        {
            if (saving.Service is not { } current)
            {
                return NotFound();
            }

            // The form shows what is stored now, not what was posted: clear the posted values the fields would prefer.
            ModelState.Clear();
            ShowInForm(ServiceInput.From(current, await db.Dependencies.AsNoTracking().Where(d => d.FromServiceId == current.Id).ToListAsync(cancellationToken),
                await editor.VersionAsync(current, cancellationToken)));
            Stale = await EditVersion.StaleMessageAsync(db, text, "deze dienst", nameof(ServiceEntity), current.Id.ToString(), cancellationToken);
            await LoadChoicesAsync(cancellationToken);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        if (saving.Service is not { } service)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", ServiceEditor.NameTaken(Input.Name!.Trim()));
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        Message = text["Opgeslagen."];
        return Redirect($"/services/{service.Id}");
    }

    private void ReplaceBindingError(string key, string message)
    {
        if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }
}
