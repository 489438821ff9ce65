using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// Every page and every API endpoint the app maps names its authorization rule, the rule is the one written here, and
/// each is tried with no sign-in and with every role (docs/SECURITY.md). A new endpoint fails
/// <see cref="EveryEndpointIsListedWithItsRule"/> until it is added below with its rule.
/// </summary>
public sealed partial class EveryEndpointHasARule(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Anonymous = "anonymous";

    /// <summary>Each endpoint ("METHOD route", pages as "PAGE route") and its rule: policies (regie:…) that must all hold, or anonymous.</summary>
    public static readonly Dictionary<string, string> Rules = new()
    {
        { "DELETE /api/v1/account/tokens/{id:guid}", "regie:signed-in" },
        { "DELETE /api/v1/catalog/corrections/{id:guid}", "regie:board" },
        { "DELETE /api/v1/companies/{key}", "regie:board" },
        { "DELETE /api/v1/dependencies/{id:guid}", "regie:board" },
        { "DELETE /api/v1/organisations/current/members/{userId:guid}", "regie:board-administrator" },
        { "DELETE /api/v1/procurement/tenders/{id:guid}/responses/{responseId:guid}", "regie:board" },
        { "DELETE /api/v1/products/local/{key}", "regie:board" },
        { "DELETE /api/v1/providers/{key}", "regie:board" },
        { "DELETE /api/v1/roadmap/moves/{id:guid}", "regie:board" },
        { "DELETE /api/v1/services/{id:guid}", "regie:board" },
        { "DELETE /api/v1/services/{id:guid}/answers/{criterionId}", "regie:board" },
        { "GET /api/v1/account/tokens/", "regie:signed-in" },
        { "GET /api/v1/catalog/alternatives", "regie:board" },
        { "GET /api/v1/impact-assessments/sector-dpias", "regie:board" },
        { "GET /api/v1/impact-assessments/{kind}", "regie:board" },
        { "GET /api/v1/impact-assessments/{kind}/{id:guid}", "regie:board" },
        { "PUT /api/v1/impact-assessments/{kind}/{id:guid}", "regie:board" },
        { "GET /api/v1/catalog/corrections/", "regie:board" },
        { "GET /api/v1/catalog/products", "regie:board" },
        { "GET /api/v1/catalog/products/{id}", "regie:board" },
        { "GET /api/v1/catalog/standards", "regie:board" },
        { "GET /api/v1/catalog/questions", "regie:board" },
        { "GET /api/v1/companies/", "regie:board" },
        { "GET /api/v1/companies/{key}", "regie:board" },
        { "GET /api/v1/dependencies/", "regie:board" },
        { "GET /api/v1/discovery/domains", "regie:board" },
        { "GET /api/v1/discovery/runs", "regie:board" },
        { "GET /api/v1/discovery/approved-domains", "regie:board" },
        { "PUT /api/v1/discovery/approved-domains/{domain}", "regie:system-administrator" },
        { "DELETE /api/v1/discovery/approved-domains/{domain}", "regie:system-administrator" },
        { "GET /api/v1/discovery/runs/{id:guid}", "regie:board" },
        { "GET /api/v1/exports/services", "regie:board" },
        { "GET /api/v1/exports/scores", "regie:board" },
        { "GET /api/v1/exports/priorities", "regie:board" },
        { "GET /api/v1/exports/scenarios", "regie:board" },
        { "GET /api/v1/exports/roadmap", "regie:board" },
        { "GET /api/v1/exports/parties", "regie:board" },
        { "GET /api/v1/exports/catalog", "regie:board" },
        { "GET /api/v1/exports/impact-assessments", "regie:board" },
        { "GET /api/v1/exports/audit", "regie:board-administrator" },
        { "GET /api/v1/exports/processing-register", "regie:board" },
        { "GET /api/v1/processing-register/", "regie:board" },
        { "GET /api/v1/processing-register/document", "regie:board" },
        { "GET /api/v1/processing-register/{id:guid}", "regie:board" },
        { "PUT /api/v1/processing-register/{id:guid}", "regie:board" },
        { "PAGE /processing-register", "regie:board" },
        { "PAGE /processing-register/{id:guid}", "regie:board" },
        { "GET /api/v1/graph", "regie:board" },
        { "GET /api/v1/import/template", "regie:board" },
        { "GET /api/v1/organisations", "regie:board" },
        { "GET /api/v1/organisations/current/members/", "regie:board-administrator" },
        { "GET /api/v1/priorities", "regie:board" },
        { "GET /api/v1/processes/", "regie:board" },
        { "GET /api/v1/report", "regie:board" },
        { "GET /api/v1/archimate", "regie:board" },
        { "GET /api/v1/history/", "regie:board" },
        { "GET /api/v1/history/compare", "regie:board" },
        { "GET /api/v1/history/at", "regie:board" },
        { "GET /api/v1/procurement/tenders/", "regie:board" },
        { "GET /api/v1/procurement/tenders/{id:guid}", "regie:board" },
        { "GET /api/v1/procurement/tenders/{id:guid}/document.md", "regie:board" },
        { "GET /api/v1/products/local/", "regie:board" },
        { "GET /api/v1/products/local/{key}", "regie:board" },
        { "GET /api/v1/providers/", "regie:board" },
        { "GET /api/v1/providers/{key}", "regie:board" },
        { "GET /api/v1/questionnaires/", "regie:board" },
        { "GET /api/v1/questionnaires/{vendorId}", "regie:board" },
        { "GET /api/v1/questionnaires/{vendorId}/answers.csv", "regie:board" },
        { "GET /api/v1/questionnaires/{vendorId}/answers.xlsx", "regie:board" },
        { "GET /api/v1/questionnaires/{vendorId}/document.md", "regie:board" },
        { "GET /api/v1/roadmap/", "regie:board" },
        { "GET /api/v1/roadmap/moves", "regie:board" },
        { "GET /api/v1/scenarios/run", "regie:board" },
        { "GET /api/v1/scenarios/sweep", "regie:board" },
        { "GET /api/v1/scenarios/targets", "regie:board" },
        { "GET /api/v1/scores", "regie:board" },
        { "GET /api/v1/services/", "regie:board" },
        { "GET /api/v1/services/{id:guid}", "regie:board" },
        { "GET /api/v1/services/{id:guid}/alternatives", "regie:board" },
        { "GET /api/v1/services/{id:guid}/answers/{criterionId}", "regie:board" },
        { "GET /api/v1/services/{id:guid}/exit-plan/", "regie:board" },
        { "GET /api/v1/services/{id:guid}/score", "regie:board" },
        { "GET /api/v1/users/", "regie:system-administrator" },
        { "GET /api/v1/verdict", "regie:board" },
        { "GET /language/{language}", "anonymous" },
        { "GET /openapi/{documentName}.json", "regie:signed-in" },
        { "GET /organisation", "regie:signed-in" },
        { "PAGE /", "regie:board" },
        { "PAGE /Error", "anonymous" },
        { "PAGE /Index", "regie:board" },
        { "PAGE /Processes", "regie:board" },
        { "PAGE /Processes/Index", "regie:board" },
        { "PAGE /Services", "regie:board" },
        { "PAGE /Services/Create", "regie:board" },
        { "PAGE /Services/Index", "regie:board" },
        { "PAGE /account/external/{provider?}", "anonymous" },
        { "PAGE /account/password", "regie:signed-in" },
        { "PAGE /account/setup", "anonymous" },
        { "PAGE /account/signin", "anonymous" },
        { "PAGE /account/signin/code", "anonymous" },
        { "PAGE /account/two-factor", "regie:signed-in" },
        { "PAGE /account/signout", "regie:signed-in" },
        { "PAGE /account/tokens", "regie:signed-in" },
        { "PAGE /boards/new", "regie:system-administrator" },
        { "PAGE /catalog", "regie:board" },
        { "PAGE /catalog/{id}", "regie:board" },
        { "PAGE /discovery", "regie:board" },
        { "PAGE /graph", "regie:board" },
        { "PAGE /import", "regie:board" },
        { "PAGE /members", "regie:board-administrator" },
        { "PAGE /audit", "regie:board-administrator" },
        { "GET /api/v1/audit", "regie:board-administrator" },
        { "PAGE /parties", "regie:board" },
        { "PAGE /priorities", "regie:board" },
        { "PAGE /procurement", "regie:board" },
        { "PAGE /procurement/{id:guid}", "regie:board" },
        { "PAGE /questionnaires", "regie:board" },
        { "PAGE /questionnaires/vendor", "regie:board" },
        { "PAGE /report", "regie:board" },
        { "PAGE /history", "regie:board" },
        { "PAGE /impact-assessments", "regie:board" },
        { "PAGE /impact-assessments/{kind}/{id:guid}", "regie:board" },
        { "PAGE /history/compare", "regie:board" },
        { "PAGE /history/at", "regie:board" },
        { "PAGE /roadmap", "regie:board" },
        { "PAGE /scenarios", "regie:board" },
        { "PAGE /services/{id:guid}", "regie:board" },
        { "PAGE /services/{id:guid}/alternatives", "regie:board" },
        { "PAGE /services/{id:guid}/delete", "regie:board" },
        { "PAGE /services/{id:guid}/edit", "regie:board" },
        { "PAGE /services/{id:guid}/exit-plan", "regie:board" },
        { "PAGE /users", "regie:system-administrator" },
        { "POST /api/v1/account/tokens/", "regie:signed-in" },
        { "POST /api/v1/catalog/corrections/", "regie:board" },
        { "POST /api/v1/companies/", "regie:board" },
        { "POST /api/v1/dependencies/", "regie:board" },
        { "POST /api/v1/discovery/findings/{id:guid}/accept", "regie:board" },
        { "POST /api/v1/discovery/findings/{id:guid}/reject", "regie:board" },
        { "POST /api/v1/discovery/runs", "regie:board" },
        { "POST /api/v1/discovery/runs/{id:guid}/accept-likely", "regie:board" },
        { "POST /api/v1/import", "regie:board" },
        { "POST /api/v1/organisations", "regie:system-administrator" },
        { "POST /api/v1/procurement/tenders/", "regie:board" },
        { "POST /api/v1/procurement/tenders/{id:guid}/responses", "regie:board" },
        { "POST /api/v1/procurement/tenders/{id:guid}/responses/csv", "regie:board" },
        { "POST /api/v1/products/local/", "regie:board" },
        { "POST /api/v1/providers/", "regie:board" },
        { "POST /api/v1/questionnaires/{vendorId}/answers", "regie:board" },
        { "POST /api/v1/questionnaires/{vendorId}/answers/file", "regie:board" },
        { "POST /api/v1/roadmap/moves", "regie:board" },
        { "POST /api/v1/history/snapshots", "regie:board" },
        { "POST /api/v1/scenarios/run", "regie:board-reader" },
        { "POST /api/v1/services/", "regie:board" },
        { "POST /api/v1/users/", "regie:system-administrator" },
        { "PUT /api/v1/companies/{key}", "regie:board" },
        { "PUT /api/v1/discovery/domains", "regie:board" },
        { "PUT /api/v1/organisations/current/members/", "regie:board-administrator" },
        { "GET /api/v1/organisations/current/weight-profile", "regie:board" },
        { "PUT /api/v1/organisations/current/weight-profile", "regie:board" },
        { "PUT /api/v1/processes/{key}", "regie:board" },
        { "PUT /api/v1/products/local/{key}", "regie:board" },
        { "PUT /api/v1/providers/{key}", "regie:board" },
        { "PUT /api/v1/roadmap/moves/{id:guid}", "regie:board" },
        { "PUT /api/v1/roadmap/settings", "regie:board" },
        { "PUT /api/v1/services/{id:guid}", "regie:board" },
        { "PUT /api/v1/services/{id:guid}/answers/{criterionId}", "regie:board" },
        { "PUT /api/v1/services/{id:guid}/exit-plan/", "regie:board" },
        { "PUT /api/v1/services/{id:guid}/mitigation", "regie:board" },
        { "PUT /api/v1/users/{id:guid}/password", "regie:system-administrator" },
        { "DELETE /api/v1/users/{id:guid}/two-factor", "regie:system-administrator" },
        { "GET /api/v1/sector/scans", "regie:signed-in" },
        { "GET /api/v1/sector/summary", "regie:signed-in" },
        { "GET /api/v1/sector/boards/{number}", "regie:signed-in" },
        { "PAGE /sector", "regie:signed-in" },
        { "PAGE /sector/boards/{number}", "regie:signed-in" },
        { "GET /api/v1/sector/boards", "regie:sector-boards + regie:signed-in" },
        { "PAGE /sector/boards", "regie:sector-boards" },
        { "GET /api/v1/board/sharing/", "regie:board" },
        { "PUT /api/v1/board/sharing/", "regie:board-administrator" },
        { "GET /api/v1/sector/shared/picture", "regie:sector-analyst" },
        { "GET /api/v1/sector/shared/vraagmacht", "regie:sector-analyst" },
        { "PAGE /sharing", "regie:board-administrator" },
        { "POST /api/v1/sector/answers", "regie:system-administrator" },
        { "GET /api/v1/sector/answers/catalog", "regie:system-administrator" },
        { "GET /api/v1/sector/answers", "regie:board" },
        { "POST /api/v1/sector/answers/{id:guid}/accept", "regie:board" },
        { "PAGE /sector/shared", "regie:sector-analyst" },
        { "GET /api/v1/values/model", "regie:board" },
        { "GET /api/v1/values/assessments", "regie:board" },
        { "POST /api/v1/values/assessments", "regie:board" },
        { "GET /api/v1/values/assessments/{id:guid}", "regie:board" },
        { "PUT /api/v1/values/assessments/{id:guid}/answers", "regie:board" },
        { "DELETE /api/v1/values/assessments/{id:guid}", "regie:board" },
        { "GET /api/v1/values/weights", "regie:board" },
        { "PUT /api/v1/values/weights", "regie:board" },
        { "GET /api/v1/values/compare", "regie:board" },
        { "PAGE /values", "regie:board" },
        { "PAGE /values/{id:guid}", "regie:board" },
        { "PAGE /values/weights", "regie:board" },
        { "PAGE /values/compare", "regie:board" },
    };

    private static List<RouteEndpoint> Endpoints(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    private static bool IsPage(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null;

    private static string Key(RouteEndpoint endpoint, string? method = null) =>
        $"{method ?? (IsPage(endpoint) ? "PAGE" : string.Join(",", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]))} /{endpoint.RoutePattern.RawText?.TrimStart('/')}";

    private static string? Rule(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null ? Anonymous
        : endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>() is { Count: > 0 } rules ? string.Join(" + ", rules.Select(r => r.Policy ?? $"roles:{r.Roles}").Distinct().Order(StringComparer.Ordinal))
        : null;

    [Fact]
    public void EveryEndpointNamesARule()
    {
        var without = Endpoints(app.SignInRequired.Services).Where(e => Rule(e) is null).Select(e => Key(e)).ToList();

        Assert.Empty(without);
    }

    [Fact]
    public void EveryEndpointIsListedWithItsRule()
    {
        var mapped = Endpoints(app.SignInRequired.Services).GroupBy(e => Key(e)).ToDictionary(g => g.Key, g => Rule(g.First()) ?? "(none)");

        var unlisted = mapped.Where(m => !Rules.ContainsKey(m.Key)).Select(m => $"{{ \"{m.Key}\", \"{m.Value}\" }},").Order(StringComparer.Ordinal).ToList();
        var differing = mapped.Where(m => Rules.TryGetValue(m.Key, out var rule) && rule != m.Value).Select(m => $"{m.Key}: listed {Rules[m.Key]}, mapped {m.Value}").ToList();
        var gone = Rules.Keys.Where(k => !mapped.ContainsKey(k)).ToList();

        Assert.True(unlisted.Count == 0, "Not listed in Rules:\n" + string.Join("\n", unlisted));
        Assert.Empty(differing);
        Assert.Empty(gone);
    }

    /// <summary><see cref="AggregatesOnly"/>: a sector analyst's API token, which opens the sector's aggregates and nothing per board.</summary>
    private sealed record Who(string Name, HttpClient Client, bool SignedIn, BoardRole Role, bool SystemAdministrator, bool SectorAnalyst = false, bool AggregatesOnly = false);

    [Fact]
    public async Task EachEndpointLetsInExactlyTheCallersItsRuleNames()
    {
        var demo = await app.DemoBoardIdAsync();
        var analyst = await app.SignedInClientAsync("analist@sector.nl", demo, BoardRole.None);
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            await db.Users.Where(u => u.Email == "analist@sector.nl").ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSectorAnalyst, true), Ct);
        }

        var tokenOwner = await app.CreateUserAsync("script@bestuur.nl", false, (demo, BoardRole.Editor));
        var tokenClient = app.AnonymousClient();
        tokenClient.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(tokenOwner, demo, BoardRole.Reader));
        // The analyst is also an editor of the demo board: the sector token must still open no board.
        var sectorOwner = await app.CreateUserAsync("sectorscript@sector.nl", false, (demo, BoardRole.Editor));
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            await db.Users.Where(u => u.Id == sectorOwner).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSectorAnalyst, true), Ct);
        }

        var sectorTokenClient = app.AnonymousClient();
        sectorTokenClient.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateSectorTokenAsync(sectorOwner));
        Who[] callers =
        [
            new("nobody", app.AnonymousClient(), false, BoardRole.None, false),
            new("reader", await app.SignedInClientAsync("lezer@bestuur.nl", demo, BoardRole.Reader), true, BoardRole.Reader, false),
            new("editor", await app.SignedInClientAsync("bewerker@bestuur.nl", demo, BoardRole.Editor), true, BoardRole.Editor, false),
            new("board administrator", await app.SignedInClientAsync("bestuursbeheer@bestuur.nl", demo, BoardRole.BoardAdministrator), true, BoardRole.BoardAdministrator, false),
            new("system administrator", await app.SignedInClientAsync("systeem@bestuur.nl", demo, BoardRole.None, systemAdministrator: true), true, BoardRole.BoardAdministrator, true),
            new("sector analyst", analyst, true, BoardRole.None, false, SectorAnalyst: true),
            new("reader token of an editor", tokenClient, true, BoardRole.Reader, false),
            new("sector token of an analyst", sectorTokenClient, true, BoardRole.None, false, SectorAnalyst: true, AggregatesOnly: true),
        ];
        var requests = Endpoints(app.SignInRequired.Services).SelectMany(Requests).DistinctBy(r => (r.Method, r.Url)).ToList();

        var wrong = (await Task.WhenAll(callers.Select(async who =>
        {
            var found = new List<string>();
            foreach (var (endpoint, method, url) in requests)
            {
                var expected = Expected(Rules.GetValueOrDefault(Key(endpoint)) ?? Rule(endpoint) ?? "(none)", who, method, IsApi(url));
                using var response = await who.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);
                if (Outcome(response) != expected)
                {
                    found.Add($"{who.Name}: {method} {url}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }

            return found;
        }))).SelectMany(w => w).ToList();

        Assert.True(requests.Count > 120, $"only {requests.Count} requests");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static bool IsApi(string url) => url.StartsWith("/api/", StringComparison.Ordinal) || url.StartsWith("/openapi/", StringComparison.Ordinal);

    private static string Expected(string rule, Who who, string method, bool api)
    {
        if (rule == Anonymous)
        {
            return "allowed";
        }

        var safe = method is "GET" or "HEAD";
        var met = rule.Split(" + ").All(policy => policy switch
        {
            Policies.Board => who.Role >= (safe ? BoardRole.Reader : BoardRole.Editor),
            Policies.BoardReader => who.Role >= BoardRole.Reader,
            Policies.BoardAdministrator => who.Role >= BoardRole.BoardAdministrator,
            Policies.SystemAdministrator => who.SystemAdministrator,
            Policies.SignedIn => who.SignedIn,
            Policies.SectorAnalyst => who.SectorAnalyst || who.SystemAdministrator,
            Policies.SectorBoards => (who.SectorAnalyst || who.SystemAdministrator) && !who.AggregatesOnly,
            _ => false,
        });
        return met ? "allowed" : !who.SignedIn ? (api ? "401" : "sign-in page") : "403";
    }

    /// <summary>Past the authorization step is "allowed", whatever the endpoint then says (200, 400 for a missing body or antiforgery token, 404 for an unknown id).</summary>
    private static string Outcome(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized => "401",
        HttpStatusCode.Forbidden => "403",
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location?.ToString().Contains("/account/signin", StringComparison.OrdinalIgnoreCase) == true => "sign-in page",
        _ => "allowed",
    };

    /// <summary>The requests that reach an endpoint: its methods (a page: GET, POST and every named handler), route values filled in, no body.</summary>
    private static IEnumerable<(RouteEndpoint Endpoint, string Method, string Url)> Requests(RouteEndpoint endpoint)
    {
        var url = "/" + RouteValue().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), m => m.Groups["name"].Value switch
        {
            "documentName" => "v1",
            "language" => "nl",
            _ when m.Groups["constraint"].Value == ":guid" => Guid.NewGuid().ToString(),
            _ => "x",
        });
        if (!IsPage(endpoint))
        {
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                yield return (endpoint, method, url);
            }

            yield break;
        }

        yield return (endpoint, "GET", url);
        yield return (endpoint, "POST", url);
        var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath; // "/Services/Details"
        var model = typeof(Program).Assembly.GetType($"Regie.Web.Pages{page.Replace('/', '.')}Model")
            ?? typeof(Program).Assembly.GetType($"Regie.Web.Pages{page[..page.LastIndexOf('/')].Replace('/', '.')}.{page[(page.LastIndexOf('/') + 1)..]}Model");
        foreach (var handler in model?.GetMethods(BindingFlags.Instance | BindingFlags.Public).Select(m => Handler().Match(m.Name)).Where(m => m.Success) ?? [])
        {
            yield return (endpoint, handler.Groups["verb"].Value.ToUpperInvariant(), $"{url}?handler={handler.Groups["name"].Value}");
        }
    }

    [GeneratedRegex(@"\{(?<name>[^}:?]+)(?<constraint>:[^}?]+)?\??\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex(@"^On(?<verb>Get|Post)(?<name>\w+?)(Async)?$")]
    private static partial Regex Handler();
}
