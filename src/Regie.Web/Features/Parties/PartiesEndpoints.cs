using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Parties;

/// <summary>The board's own companies and hosting providers, next to the catalog's (which are read-only here).</summary>
public static class PartiesEndpoints
{
    public static void MapPartiesApi(this RouteGroupBuilder api)
    {
        var companies = api.MapGroup("/companies").WithTags("Companies");
        companies.MapGet("/", ListCompaniesAsync).WithSummary("The board's own companies (own: true), then the catalog's (own: false), each with its ownership chain.");
        companies.MapGet("/{key}", GetCompanyAsync).WithName("GetCompany");
        companies.MapPost("/", CreateCompanyAsync).WithSummary("Adds a company the catalog lacks; its key is derived from the name.");
        companies.MapPut("/{key}", UpdateCompanyAsync).WithSummary(
            "Changes one of the board's own companies; the key stays. Send the version from GET (ETag) as If-Match (412 when stale) or `version` (409 when stale).");
        companies.MapDelete("/{key}", DeleteCompanyAsync).WithSummary(
            "Deletes one of the board's own companies; refused (409) while a service, company or provider uses it. With If-Match (the version from GET) a company changed meanwhile is kept (412 with the current values).");

        var providers = api.MapGroup("/providers").WithTags("Providers");
        providers.MapGet("/", ListProvidersAsync).WithSummary("The board's own hosting providers (own: true), then the catalog's (own: false).");
        providers.MapGet("/{key}", GetProviderAsync).WithName("GetProvider");
        providers.MapPost("/", CreateProviderAsync).WithSummary("Adds a hosting provider the catalog lacks; its key is derived from the name.");
        providers.MapPut("/{key}", UpdateProviderAsync).WithSummary(
            "Changes one of the board's own hosting providers; the key stays. Send the version from GET (ETag) as If-Match (412 when stale) or `version` (409 when stale).");
        providers.MapDelete("/{key}", DeleteProviderAsync).WithSummary(
            "Deletes one of the board's own hosting providers; refused (409) while a service is hosted there. With If-Match (the version from GET) a provider changed meanwhile is kept (412 with the current values).");
    }

    private static async Task<Ok<List<CompanyDto>>> ListCompaniesAsync(RegieDbContext db, PartyEditor editor, UiText text, CancellationToken ct)
    {
        var catalog = await editor.CatalogAsync(ct);
        var sources = await db.LocalCompanies.AsNoTracking().ToDictionaryAsync(c => c.Key, c => c.Source, ct);
        return TypedResults.Ok(catalog.Companies.OrderBy(c => !c.IsLocal).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(c => c.ToDto(catalog, Language(text), sources.GetValueOrDefault(c.Id))).ToList());
    }

    private static async Task<Results<Ok<CompanyDto>, ProblemHttpResult>> GetCompanyAsync(
        string key, RegieDbContext db, PartyEditor editor, HttpContext http, UiText text, CancellationToken ct)
    {
        var catalog = await editor.CatalogAsync(ct);
        return catalog.CompanyById.TryGetValue(key, out var company)
            ? TypedResults.Ok(await CompanyDtoAsync(company.Id, db, catalog, Language(text), ct, http))
            : RegieApi.NotFound($"Bedrijf '{key}'");
    }

    private static async Task<Results<CreatedAtRoute<CompanyDto>, ValidationProblem>> CreateCompanyAsync(
        CompanyInput input, RegieDbContext db, PartyEditor editor, UiText text, CancellationToken ct)
    {
        var errors = await editor.ValidateCompanyAsync(input, null, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors, "Het bedrijf is niet opgeslagen: controleer de velden.");
        }

        var company = (await editor.SaveCompanyAsync(input, null, ct))!;
        return TypedResults.CreatedAtRoute(await CompanyDtoAsync(company.Key, db, await editor.CatalogAsync(ct), Language(text), ct), "GetCompany", new { key = company.Key });
    }

    private static async Task<Results<Ok<CompanyDto>, ValidationProblem, ProblemHttpResult>> UpdateCompanyAsync(
        string key, CompanyInput input, RegieDbContext db, PartyEditor editor, HttpContext http, UiText text, CancellationToken ct)
    {
        var company = await db.LocalCompanies.SingleOrDefaultAsync(c => c.Key == key, ct);
        if (company is null)
        {
            return RegieApi.NotFound($"Eigen bedrijf '{key}'");
        }

        var errors = await editor.ValidateCompanyAsync(input, key, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors, "Het bedrijf is niet opgeslagen: controleer de velden.");
        }

        input.Version = EditVersion.Requested(http.Request, input.Version);
        var saved = await editor.SaveCompanyAsync(input, company, ct);
        var current = await CompanyDtoAsync(key, db, await editor.CatalogAsync(ct), Language(text), ct, http);
        return saved is null ? EditVersion.Conflict(http, $"Eigen bedrijf '{key}'", current, current.Version!) : TypedResults.Ok(current);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteCompanyAsync(
        string key, RegieDbContext db, PartyEditor editor, HttpContext http, UiText text, CancellationToken ct)
    {
        var deletion = await editor.DeleteCompanyAsync(key, EditVersion.Requested(http.Request, null), ct);
        if (deletion.Outcome == DeletionOutcome.Stale)
        {
            var current = await CompanyDtoAsync(key, db, await editor.CatalogAsync(ct), Language(text), ct, http);
            return EditVersion.Conflict(http, $"Eigen bedrijf '{key}'", current, current.Version!);
        }

        return Deleted(deletion, $"Eigen bedrijf '{key}'");
    }

    private static async Task<Ok<List<ProviderDto>>> ListProvidersAsync(PartyEditor editor, UiText text, CancellationToken ct)
    {
        var catalog = await editor.CatalogAsync(ct);
        return TypedResults.Ok(catalog.Providers.OrderBy(p => !p.IsLocal).ThenBy(p => p.Name.In(Language(text)), StringComparer.OrdinalIgnoreCase)
            .Select(p => p.ToDto(catalog, Language(text))).ToList());
    }

    private static async Task<Results<Ok<ProviderDto>, ProblemHttpResult>> GetProviderAsync(
        string key, RegieDbContext db, PartyEditor editor, HttpContext http, UiText text, CancellationToken ct)
    {
        var catalog = await editor.CatalogAsync(ct);
        return catalog.ProviderById.ContainsKey(key) ? TypedResults.Ok(await ProviderDtoAsync(key, db, editor, catalog, http, Language(text), ct)) : RegieApi.NotFound($"Hostingpartij '{key}'");
    }

    // One provider with the version of the board's own (also as the ETag).
    private static async Task<ProviderDto> ProviderDtoAsync(
        string key, RegieDbContext db, PartyEditor editor, KnowledgeCatalog catalog, HttpContext http, string language, CancellationToken ct)
    {
        var dto = catalog.ProviderById[key].ToDto(catalog, language);
        if (await db.LocalProviders.AsNoTracking().SingleOrDefaultAsync(p => p.Key == key, ct) is not { } own)
        {
            return dto;
        }

        var version = editor.VersionOf(own);
        EditVersion.Tag(http, version);
        return dto with { Version = version };
    }

    private static async Task<Results<CreatedAtRoute<ProviderDto>, ValidationProblem>> CreateProviderAsync(
        ProviderInput input, PartyEditor editor, UiText text, CancellationToken ct)
    {
        var errors = await editor.ValidateProviderAsync(input, null, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors, "De hostingpartij is niet opgeslagen: controleer de velden.");
        }

        var provider = (await editor.SaveProviderAsync(input, null, ct))!;
        var catalog = await editor.CatalogAsync(ct);
        return TypedResults.CreatedAtRoute(catalog.ProviderById[provider.Key].ToDto(catalog, Language(text)), "GetProvider", new { key = provider.Key });
    }

    private static async Task<Results<Ok<ProviderDto>, ValidationProblem, ProblemHttpResult>> UpdateProviderAsync(
        string key, ProviderInput input, RegieDbContext db, PartyEditor editor, HttpContext http, UiText text, CancellationToken ct)
    {
        var provider = await db.LocalProviders.SingleOrDefaultAsync(p => p.Key == key, ct);
        if (provider is null)
        {
            return RegieApi.NotFound($"Eigen hostingpartij '{key}'");
        }

        var errors = await editor.ValidateProviderAsync(input, key, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors, "De hostingpartij is niet opgeslagen: controleer de velden.");
        }

        input.Version = EditVersion.Requested(http.Request, input.Version);
        var saved = await editor.SaveProviderAsync(input, provider, ct);
        var current = await ProviderDtoAsync(key, db, editor, await editor.CatalogAsync(ct), http, Language(text), ct);
        return saved is null ? EditVersion.Conflict(http, $"Eigen hostingpartij '{key}'", current, current.Version!) : TypedResults.Ok(current);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteProviderAsync(
        string key, RegieDbContext db, PartyEditor editor, HttpContext http, UiText text, CancellationToken ct)
    {
        var deletion = await editor.DeleteProviderAsync(key, EditVersion.Requested(http.Request, null), ct);
        if (deletion.Outcome == DeletionOutcome.Stale)
        {
            var current = await ProviderDtoAsync(key, db, editor, await editor.CatalogAsync(ct), http, Language(text), ct);
            return EditVersion.Conflict(http, $"Eigen hostingpartij '{key}'", current, current.Version!);
        }

        return Deleted(deletion, $"Eigen hostingpartij '{key}'");
    }

    // One company with the board's own source and version (also as the ETag, when an HTTP context is given).
    private static async Task<CompanyDto> CompanyDtoAsync(
        string key, RegieDbContext db, KnowledgeCatalog catalog, string language, CancellationToken ct, HttpContext? http = null)
    {
        var own = await db.LocalCompanies.AsNoTracking().SingleOrDefaultAsync(c => c.Key == key, ct);
        var dto = catalog.CompanyById[key].ToDto(catalog, language, own?.Source);
        if (own is null)
        {
            return dto;
        }

        var version = EditVersion.Of(db, own);
        if (http is not null)
        {
            EditVersion.Tag(http, version);
        }

        return dto with { Version = version };
    }

    /// <summary>The API's language (the cookie, else Accept-Language, else Dutch): a chain's "onbekend", a provider's "Zelf gehost".</summary>
    private static string Language(UiText text) => text.ApiCulture.TwoLetterISOLanguageName;

    private static Results<NoContent, ProblemHttpResult> Deleted(Deletion deletion, string what) => deletion.Outcome switch
    {
        DeletionOutcome.Deleted => TypedResults.NoContent(),
        DeletionOutcome.NotFound => RegieApi.NotFound(what),
        _ => InUse(deletion.Refusal!),
    };

    private static ProblemHttpResult InUse(string refusal) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet verwijderd: nog in gebruik", detail: refusal);

    /// <summary>RFC 7807 with the JSON field names (camelCase) the caller sent.</summary>
    private static ValidationProblem Invalid(Dictionary<string, string[]> errors, string title) => TypedResults.ValidationProblem(
        errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value), title: title);
}
