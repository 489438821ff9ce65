using Microsoft.AspNetCore.Authorization;
using Regie.Web.Features.Accounts;
using Regie.Web.Features.Audit;
using Regie.Web.Features.Boards;
using Regie.Web.Features.Catalog;
using Regie.Web.Features.Dashboard;
using Regie.Web.Features.Discovery;
using Regie.Web.Features.ExitPlans;
using Regie.Web.Features.Exports;
using Regie.Web.Features.Graph;
using Regie.Web.Features.History;
using Regie.Web.Features.ImpactAssessments;
using Regie.Web.Features.Import;
using Regie.Web.Features.LocalKnowledge;
using Regie.Web.Features.Observatory;
using Regie.Web.Features.Parties;
using Regie.Web.Features.Priorities;
using Regie.Web.Features.Processes;
using Regie.Web.Features.ProcessingRecords;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.PublicValues;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Features.Report;
using Regie.Web.Features.Roadmap;
using Regie.Web.Features.Scenarios;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features;

/// <summary>The REST API under /api/v1. The board comes from the X-Regie-Organisation header (see TenancyMiddleware).</summary>
public static class RegieApi
{
    public static IEndpointRouteBuilder MapRegieApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        // Every endpoint follows the board's rule (readers GET, editors change) unless it names its own (docs/SECURITY.md).
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            if (!endpoint.Metadata.Any(m => m is IAuthorizeData or IAllowAnonymous))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(Policies.Board));
            }
        });
        api.MapOrganisationsApi();
        api.MapBoardsApi();
        api.MapServicesApi();
        api.MapProcessesApi();
        api.MapPartiesApi();
        api.MapGraphApi();
        api.MapArchiMateApi();
        api.MapCatalogApi();
        api.MapLocalKnowledgeApi();
        api.MapDiscoveryApi();
        api.MapImportApi();
        api.MapInventoryTemplateApi();
        api.MapPrioritiesApi();
        api.MapRoadmapApi();
        api.MapExitPlansApi();
        api.MapImpactAssessmentsApi();
        api.MapPublicValuesApi();
        api.MapProcurementApi();
        api.MapScenariosApi();
        api.MapQuestionnairesApi();
        api.MapAuditApi();
        api.MapReportApi();
        api.MapExportsApi();
        api.MapProcessingRegisterApi();
        api.MapHistoryApi();
        api.MapAccountsApi();
        api.MapSectorScanApi();
        Sharing.SharingEndpoints.MapSharingApi(api);
        return app;
    }

    /// <summary>A 404 with a body, so that nobody can tell another board's id from an id that does not exist.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: $"{what} bestaat niet bij dit bestuur.");
}
