using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Knowledge;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests;

/// <summary>
/// The web project's layout (docs/ARCHITECTURE.md "The web project"): pages call the features' operations, never their
/// endpoints; only the features and the start-up plumbing write EF; every page handler has its API counterpart.
/// </summary>
public sealed partial class ArchitectureOfTheWebProject(RegieApp app) : IClassFixture<RegieApp>
{
    private static readonly string Web = Path.GetFullPath(Path.Combine(Regie.Core.Knowledge.Loading.DataFolder.Locate(), "..", "src", "Regie.Web"));

    // Start-up plumbing that writes on purpose: migrations and the demo board.
    private static readonly string[] PlumbingThatWrites = ["Infrastructure/DatabaseStartup.cs", "Infrastructure/DemoSeeder.cs"];

    /// <summary>
    /// Every page handler and the API operation that does the same (method and route as mapped), or why it has none.
    /// A new handler must be added here, with its endpoint.
    /// </summary>
    public static readonly TheoryData<string, string> Counterparts = new()
    {
        { "Services/Create:OnPostAsync", "POST /api/v1/services" },
        { "Services/Edit:OnPostAsync", "PUT /api/v1/services/{id:guid}" },
        { "Services/Delete:OnPostAsync", "DELETE /api/v1/services/{id:guid}" },
        { "Services/Details:OnPostOverrideAsync", "PUT /api/v1/services/{id:guid}/answers/{criterionId}" },
        { "Services/Details:OnPostClearOverrideAsync", "DELETE /api/v1/services/{id:guid}/answers/{criterionId}" },
        { "Services/ExitPlan:OnPostAsync", "PUT /api/v1/services/{id:guid}/exit-plan" },
        { "Services/ExitPlan:OnPostTestedAsync", "PUT /api/v1/services/{id:guid}/exit-plan" },
        { "ImpactAssessments/Edit:OnPostAsync", "PUT /api/v1/impact-assessments/{kind}/{id:guid}" },
        { "Services/Alternatives:OnPostChooseAsync", "POST /api/v1/roadmap/moves" },
        { "Parties/Index:OnPostCompanyAsync", "POST /api/v1/companies" },
        { "Parties/Index:OnPostDeleteCompanyAsync", "DELETE /api/v1/companies/{key}" },
        { "Parties/Index:OnPostProviderAsync", "POST /api/v1/providers" },
        { "Parties/Index:OnPostDeleteProviderAsync", "DELETE /api/v1/providers/{key}" },
        { "Parties/Index:OnPostProductAsync", "POST /api/v1/products/local" },
        { "Parties/Index:OnPostDeleteProductAsync", "DELETE /api/v1/products/local/{key}" },
        { "Processes/Index:OnPostProcessAsync", "PUT /api/v1/processes/{key}" },
        { "Processes/Index:OnPostProfileAsync", "PUT /api/v1/organisations/current/weight-profile" },
        { "Catalog/Product:OnPostCorrectAsync", "POST /api/v1/catalog/corrections" },
        { "Catalog/Product:OnPostRemoveCorrectionAsync", "DELETE /api/v1/catalog/corrections/{id:guid}" },
        { "Roadmap/Index:OnPostSettingsAsync", "PUT /api/v1/roadmap/settings" },
        { "Roadmap/Index:OnPostMoveAsync", "PUT /api/v1/roadmap/moves/{id:guid}" },
        { "Roadmap/Index:OnPostDeleteAsync", "DELETE /api/v1/roadmap/moves/{id:guid}" },
        { "Roadmap/Index:OnGetCsvAsync", "GET /api/v1/exports/roadmap" },
        { "Report/Index:OnGetPdfAsync", "GET /api/v1/report" },
        { "Report/Index:OnGetHtmlAsync", "GET /api/v1/report" },
        { "ProcessingRegister/Index:OnGetPdfAsync", "GET /api/v1/processing-register/document" },
        { "ProcessingRegister/Index:OnGetHtmlAsync", "GET /api/v1/processing-register/document" },
        { "ProcessingRegister/Edit:OnPostAsync", "PUT /api/v1/processing-register/{id:guid}" },
        { "Graph/Index:OnGetArchiMateAsync", "GET /api/v1/archimate" },
        { "History/Index:OnPostRecordAsync", "POST /api/v1/history/snapshots" },
        { "Roadmap/Index:OnGetDocumentAsync", "none: a printable document of the plan GET /api/v1/roadmap returns" },
        { "Priorities/Index:OnPostMitigationAsync", "PUT /api/v1/services/{id:guid}/mitigation" },
        { "Procurement/Index:OnPostAsync", "POST /api/v1/procurement/tenders" },
        { "Values/Index:OnPostAsync", "POST /api/v1/values/assessments" },
        { "Values/Assessment:OnPostAsync", "PUT /api/v1/values/assessments/{id:guid}/answers" },
        { "Values/Assessment:OnPostDeleteAsync", "DELETE /api/v1/values/assessments/{id:guid}" },
        { "Values/Weights:OnPostAsync", "PUT /api/v1/values/weights" },
        { "Procurement/Tender:OnPostAnswersAsync", "POST /api/v1/procurement/tenders/{id:guid}/responses" },
        { "Procurement/Tender:OnPostCsvAsync", "POST /api/v1/procurement/tenders/{id:guid}/responses/csv" },
        { "Procurement/Tender:OnPostDeleteAsync", "DELETE /api/v1/procurement/tenders/{id:guid}/responses/{responseId:guid}" },
        { "Discovery/Index:OnPostDomainsAsync", "PUT /api/v1/discovery/domains" },
        { "Discovery/Index:OnPostRunAsync", "POST /api/v1/discovery/runs" },
        { "Discovery/Index:OnPostAcceptAsync", "POST /api/v1/discovery/findings/{id:guid}/accept" },
        { "Discovery/Index:OnPostRejectAsync", "POST /api/v1/discovery/findings/{id:guid}/reject" },
        { "Discovery/Index:OnPostAcceptLikelyAsync", "POST /api/v1/discovery/runs/{id:guid}/accept-likely" },
        { "Discovery/Index:OnPostApproveAsync", "PUT /api/v1/discovery/approved-domains/{domain}" },
        { "Discovery/Index:OnPostWithdrawAsync", "DELETE /api/v1/discovery/approved-domains/{domain}" },
        { "Import/Index:OnPostAsync", "POST /api/v1/import" },
        { "Import/Index:OnPostApplyAsync", "POST /api/v1/import" },
        { "Import/Index:OnGetTemplate", "GET /api/v1/import/template" },
        { "Boards/New:OnPostAsync", "POST /api/v1/organisations" },
        { "Questionnaires/Vendor:OnPostAnswersAsync", "POST /api/v1/questionnaires/{vendorId}/answers" },
        { "Questionnaires/Vendor:OnPostFileAsync", "POST /api/v1/questionnaires/{vendorId}/answers/file" },
        { "Audit/Index:OnGetCsvAsync", "GET /api/v1/audit" },
        { "Audit/Index:OnGetJsonAsync", "GET /api/v1/audit" },
        { "Account/SignIn:OnPostAsync", "none: signing in sets the session cookie; the API takes a personal token (Authorization: Bearer)" },
        { "Account/SignOut:OnPostAsync", "none: ends the session cookie; a token ends with DELETE /api/v1/account/tokens/{id:guid}" },
        { "Account/External:OnGetCallbackAsync", "none: an identity provider signs a browser in (session cookie); the API takes a personal token" },
        { "Account/External:OnGetFailed", "none: the page a browser sees when the identity provider refused or was cancelled" },
        { "Account/Setup:OnPostAsync", "none: the one-time set-up link makes the first system administrator; afterwards POST /api/v1/users" },
        { "Account/Password:OnPostAsync", "none: changing one's own password renews this browser's session cookie; a system administrator sets one with PUT /api/v1/users/{id:guid}/password" },
        { "Account/Tokens:OnPostCreateAsync", "POST /api/v1/account/tokens" },
        { "Account/Tokens:OnPostRevokeAsync", "DELETE /api/v1/account/tokens/{id:guid}" },
        { "Users/Index:OnPostCreateAsync", "POST /api/v1/users" },
        { "Users/Index:OnPostPasswordAsync", "PUT /api/v1/users/{id:guid}/password" },
        { "Users/Index:OnPostTwoFactorAsync", "DELETE /api/v1/users/{id:guid}/two-factor" },
        { "Account/SignInCode:OnPostAsync", "none: the second step of signing in a browser (session cookie); the API takes a personal token" },
        { "Account/TwoFactor:OnPostBeginAsync", "none: the second factor guards a browser's sign-in; the API takes a personal token instead" },
        { "Account/TwoFactor:OnPostConfirmAsync", "none: the second factor guards a browser's sign-in; the API takes a personal token instead" },
        { "Account/TwoFactor:OnPostRecoveryCodesAsync", "none: recovery codes replace the app at a browser's sign-in; the API takes a personal token" },
        { "Account/TwoFactor:OnPostSwitchOffAsync", "none: the second factor guards a browser's sign-in; the API takes a personal token instead" },
        { "Members/Index:OnPostAsync", "PUT /api/v1/organisations/current/members" },
        { "Sharing/Index:OnPostAsync", "PUT /api/v1/board/sharing" },
        { "Questionnaires/Index:OnPostAcceptAsync", "POST /api/v1/sector/answers/{id:guid}/accept" },
        { "SectorShared/Shared:OnPostAnswerAsync", "POST /api/v1/sector/answers" },
        { "SectorShared/Shared:OnPostAnswersFileAsync", "none: the file of `regie sector answers import`, in a system administrator's session; the API records one answer at a time (POST /api/v1/sector/answers) and no token acts as a system administrator" },
    };

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Web, folder), "*.cs*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal));

    private static string Relative(string file) => Path.GetRelativePath(Web, file).Replace('\\', '/');

    [Fact]
    public void NoPageUsesAnEndpointClassOrTheOldApiNamespace()
    {
        var offenders = SourceFiles("Pages")
            .SelectMany(f => EndpointReference().Matches(File.ReadAllText(f)).Select(m => $"{Relative(f)}: {m.Value}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void NoPageModelTakesAnEndpointClassAsADependency()
    {
        var endpointTypes = typeof(Program).Assembly.GetTypes().Where(t => t.Name.EndsWith("Endpoints", StringComparison.Ordinal)).ToHashSet();
        var pageModels = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t));

        var offenders = pageModels.SelectMany(p => p.GetConstructors().SelectMany(c => c.GetParameters()).Select(x => x.ParameterType)
                .Concat(p.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Select(f => f.FieldType))
                .Where(endpointTypes.Contains).Select(t => $"{p.Name} → {t.Name}"))
            .ToList();

        Assert.NotEmpty(endpointTypes);
        Assert.Empty(offenders);
    }

    [Fact]
    public void OnlyFeaturesAndStartUpPlumbingWriteThroughEntityFramework()
    {
        var offenders = SourceFiles("")
            .Where(f => !Relative(f).StartsWith("Features/", StringComparison.Ordinal) && !Relative(f).StartsWith("obj/", StringComparison.Ordinal)
                && !Relative(f).StartsWith("bin/", StringComparison.Ordinal) && !PlumbingThatWrites.Contains(Relative(f)))
            .SelectMany(f => EntityFrameworkWrite().Matches(File.ReadAllText(f)).Select(m => $"{Relative(f)}: {m.Value}"))
            .ToList();

        Assert.Contains(SourceFiles("Features"), f => EntityFrameworkWrite().IsMatch(File.ReadAllText(f)));
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryPageHandlerIsListedWithItsCounterpart()
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace!.StartsWith("Regie.Web.Pages.", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public)
                .Where(m => HandlerName().IsMatch(m.Name))
                .Select(m => $"{t.Namespace!["Regie.Web.Pages.".Length..].Replace('.', '/')}/{t.Name.Replace("Model", "") switch { "" => "Index", var n => n }}:{m.Name}"))
            .ToHashSet();
        var listed = Counterparts.Select(row => row.Data.Item1).ToHashSet();

        Assert.Empty(handlers.Except(listed));
        Assert.Empty(listed.Except(handlers));
    }

    [Theory]
    [MemberData(nameof(Counterparts))]
    public void APageHandlersCounterpartIsMappedInTheApi(string handler, string counterpart)
    {
        if (counterpart.StartsWith("none: ", StringComparison.Ordinal))
        {
            return;
        }

        var routes = app.Fresh().Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText?.TrimEnd('/')}"))
            .ToHashSet();

        Assert.True(routes.Contains(counterpart), $"{handler}: no endpoint {counterpart}");
    }

    [GeneratedRegex(@"\b\w+Endpoints\b|Regie\.Web\.Api\b")]
    private static partial Regex EndpointReference();

    [GeneratedRegex(@"SaveChanges(Async)?\(|\bdb\.\w+\.(Add|AddRange|Remove|RemoveRange|Update|ExecuteDelete(Async)?|ExecuteUpdate(Async)?)\(|RunInTransactionAsync\(")]
    private static partial Regex EntityFrameworkWrite();

    [GeneratedRegex(@"^OnPost\w*$|^OnGet(?!Async$)\w+$")]
    private static partial Regex HandlerName();
}
